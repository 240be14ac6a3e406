package io.usercleanup.devhost.jira;

import io.usercleanup.core.model.Names;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads and updates {@code cwd_user}. A username is resolved as Jira resolves it: ignoring case,
 * in the first active directory (in Crowd's order) that has it.
 */
final class UserTable {
    private static final String COLUMNS = "u.id, u.directory_id, u.user_name, u.lower_user_name, u.active, "
            + "u.email_address, u.display_name, u.first_name, u.last_name, u.external_id, u.created_date, u.updated_date";
    private static final String FROM_ACTIVE_DIRECTORIES =
            " FROM cwd_user u JOIN cwd_directory d ON d.id = u.directory_id AND d.active = 1";

    private final Jdbc jdbc;

    UserTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DevHostApplicationUser> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jdbc.first("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES
                + " WHERE u.lower_user_name = ? ORDER BY d.directory_position", UserTable::user, Names.key(name));
    }

    /** Keys are lower-cased usernames (see {@link DevHostApplicationUser}). */
    Optional<DevHostApplicationUser> byKey(String key) {
        return key == null ? Optional.empty() : byName(key).filter(user -> user.getKey().equals(key));
    }

    Optional<DevHostApplicationUser> byId(long id) {
        return jdbc.first("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES + " WHERE u.id = ?", UserTable::user, id);
    }

    List<DevHostApplicationUser> all() {
        return jdbc.list("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES + " ORDER BY u.lower_user_name, d.directory_position",
                UserTable::user);
    }

    int count() {
        return jdbc.first("SELECT COUNT(*)" + FROM_ACTIVE_DIRECTORIES, rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * The users who are direct members of the group of that name, by username, as Jira resolves
     * them: a group is its name in every active directory that has it, and a username shadowed by
     * a user of the same name in an earlier directory (in Crowd's order) is not a member, because
     * Jira sees only that earlier user.
     */
    List<DevHostApplicationUser> directMembers(String groupName) {
        return jdbc.list("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES
                + " WHERE u.id IN (SELECT m.child_id FROM cwd_membership m"
                + " JOIN cwd_group g ON g.id = m.parent_id"
                + " JOIN cwd_directory gd ON gd.id = g.directory_id AND gd.active = 1"
                + " WHERE m.membership_type = 'GROUP_USER' AND g.lower_group_name = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM cwd_user s JOIN cwd_directory sd ON sd.id = s.directory_id"
                + " AND sd.active = 1 WHERE s.lower_user_name = u.lower_user_name"
                + " AND sd.directory_position < d.directory_position)"
                + " ORDER BY u.lower_user_name", UserTable::user, Names.key(groupName));
    }

    /**
     * The users who are members of the groups with these row ids, directly or through nested
     * groups (the caller passes the groups with their nested ones), by username: the group's
     * effective members as Crowd lists them, with the same rule for shadowed usernames as
     * {@link #directMembers}. Those of the given directory come first, then by username.
     */
    List<DevHostApplicationUser> membersOf(java.util.Collection<Long> groupIds, long ownDirectory) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>(groupIds);
        params.add(ownDirectory);
        return jdbc.list("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES
                + " WHERE u.id IN (SELECT m.child_id FROM cwd_membership m"
                + " WHERE m.membership_type = 'GROUP_USER' AND m.parent_id IN (" + Jdbc.placeholders(groupIds) + "))"
                + " AND NOT EXISTS (SELECT 1 FROM cwd_user s JOIN cwd_directory sd ON sd.id = s.directory_id"
                + " AND sd.active = 1 WHERE s.lower_user_name = u.lower_user_name"
                + " AND sd.directory_position < d.directory_position)"
                + " ORDER BY CASE WHEN u.directory_id = ? THEN 0 ELSE 1 END, u.lower_user_name",
                UserTable::user, params.toArray());
    }

    void setActive(long userId, boolean active, Instant now) {
        jdbc.update("UPDATE cwd_user SET active = ?, updated_date = ? WHERE id = ?", active, now, userId);
    }

    private static DevHostApplicationUser user(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        DevHostCrowdUser crowdUser = new DevHostCrowdUser(id, rs.getLong("directory_id"), rs.getString("user_name"),
                rs.getInt("active") == 1, rs.getString("email_address"), rs.getString("display_name"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("external_id"),
                Jdbc.instant(rs, "created_date"), Jdbc.instant(rs, "updated_date"));
        return new DevHostApplicationUser(id, rs.getString("lower_user_name"), crowdUser);
    }
}
