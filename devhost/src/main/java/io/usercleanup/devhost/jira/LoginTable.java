package io.usercleanup.devhost.jira;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and records logins as Jira does, {@code login.*} attributes in {@code cwd_user_attributes},
 * and as Confluence does, a {@code logininfo} row per user key ({@link ConfluenceSchema}). A login
 * is recorded in both, so that both products' services over the one directory agree.
 */
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
            putConfluenceLogin(connection, user.getName(), at);
            return null;
        });
    }

    /** Confluence's last successful login of the username, or {@code null} when none is recorded. */
    Instant confluenceLastLogin(String username) {
        return jdbc.connected(connection -> Jdbc.list(connection, "SELECT successdate FROM "
                        + ConfluenceSchema.loginTable(connection) + " WHERE username = ?",
                rs -> Jdbc.instant(rs, "successdate"), ConfluenceSchema.userKey(username))
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    /** As Confluence's login record does it: the last success becomes the previous one. */
    private static void putConfluenceLogin(Connection connection, String username, Instant at) throws SQLException {
        String table = ConfluenceSchema.loginTable(connection);
        String key = ConfluenceSchema.userKey(username);
        int updated = Jdbc.update(connection, "UPDATE " + table + " SET prevsuccessdate = successdate,"
                + " successdate = ?, curfailed = 0 WHERE username = ?", at, key);
        if (updated == 0) {
            List<Long> next = Jdbc.list(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table,
                    rs -> rs.getLong(1));
            Jdbc.update(connection, "INSERT INTO " + table + " (id, curfailed, totalfailed, successdate, username)"
                    + " VALUES (?, 0, 0, ?, ?)", next.get(0), at, key);
        }
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
