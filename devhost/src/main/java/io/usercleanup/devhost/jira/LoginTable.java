package io.usercleanup.devhost.jira;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and records logins as Jira does: {@code login.*} attributes in {@code cwd_user_attributes}. */
final class LoginTable {
    private final Jdbc jdbc;

    LoginTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    DevHostLoginInfo info(long userId) {
        return jdbc.connected(connection -> info(connection, userId));
    }

    /**
     * Records a successful login at the given time: the last login becomes the previous one and the
     * count goes up. Synchronized because new attribute rows take the next free id.
     */
    synchronized void recordLogin(DevHostCrowdUser user, Instant at) {
        jdbc.transaction(connection -> {
            DevHostLoginInfo before = info(connection, user.rowId());
            long count = before.getLoginCount() == null ? 0 : before.getLoginCount();
            if (before.getLastLoginTime() != null) {
                put(connection, user, DevHostLoginInfo.PREVIOUS_LOGIN, before.getLastLoginTime().toString());
            }
            put(connection, user, DevHostLoginInfo.LAST_LOGIN, Long.toString(at.toEpochMilli()));
            put(connection, user, DevHostLoginInfo.COUNT, Long.toString(count + 1));
            return null;
        });
    }

    private static DevHostLoginInfo info(Connection connection, long userId) throws SQLException {
        Map<String, String> attributes = new HashMap<>();
        Jdbc.list(connection, "SELECT attribute_name, attribute_value FROM cwd_user_attributes"
                + " WHERE user_id = ? AND attribute_name LIKE 'login.%'", rs -> {
                    attributes.put(rs.getString(1), rs.getString(2));
                    return null;
                }, userId);
        return new DevHostLoginInfo(attributes);
    }

    private static void put(Connection connection, DevHostCrowdUser user, String name, String value)
            throws SQLException {
        int updated = Jdbc.update(connection, "UPDATE cwd_user_attributes SET attribute_value = ?,"
                + " lower_attribute_value = ? WHERE user_id = ? AND attribute_name = ?", value, value, user.rowId(), name);
        if (updated == 0) {
            List<Long> next = Jdbc.list(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM cwd_user_attributes",
                    rs -> rs.getLong(1));
            Jdbc.update(connection, "INSERT INTO cwd_user_attributes (id, user_id, directory_id, attribute_name,"
                    + " attribute_value, lower_attribute_value) VALUES (?, ?, ?, ?, ?, ?)",
                    next.get(0), user.rowId(), user.getDirectoryId(), name, value, value);
        }
    }
}
