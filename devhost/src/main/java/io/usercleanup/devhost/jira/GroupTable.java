package io.usercleanup.devhost.jira;

import io.usercleanup.core.model.Names;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code cwd_group} and {@code cwd_membership}, and removes user memberships. Nested groups
 * are {@code GROUP_GROUP} memberships; they are few, so they are read whole and followed in
 * memory, and a cycle (which Crowd refuses to create, but a database may still hold) ends the walk
 * instead of looping.
 */
final class GroupTable {
    private static final String COLUMNS = "g.id, g.group_name, g.directory_id";
    private static final String FROM_ACTIVE_DIRECTORIES =
            " FROM cwd_group g JOIN cwd_directory d ON d.id = g.directory_id AND d.active = 1";

    /** A {@code cwd_group} row. */
    record GroupRow(long id, String name, long directoryId) {
        DevHostGroup toGroup() {
            return new DevHostGroup(name);
        }
    }

    private final Jdbc jdbc;

    GroupTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The group of that name ignoring case, from the first directory (in Crowd's order) that has it. */
    Optional<GroupRow> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jdbc.first("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES
                + " WHERE g.lower_group_name = ? ORDER BY d.directory_position", GroupTable::row, Names.key(name));
    }

    /** The ids of the groups of that name ignoring case, in every active directory that has one. */
    List<Long> idsByName(String name) {
        return jdbc.list("SELECT g.id" + FROM_ACTIVE_DIRECTORIES + " WHERE g.lower_group_name = ?",
                rs -> rs.getLong(1), Names.key(name));
    }

    List<GroupRow> all() {
        return jdbc.list("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES + " ORDER BY g.lower_group_name, d.directory_position",
                GroupTable::row);
    }

    /**
     * The names starting with the prefix (ignoring case), each once in the spelling of the first
     * directory (in Crowd's order) that has it, sorted ignoring case: {@code max} of them from the
     * {@code start}th on, as Crowd pages an aggregated group search.
     */
    List<String> namesByPrefix(String prefix, int start, int max) {
        String wanted = prefix == null ? "" : Names.key(prefix);
        Set<String> seen = new java.util.HashSet<>();
        return all().stream()
                .filter(row -> Names.key(row.name()).startsWith(wanted) && seen.add(Names.key(row.name())))
                .map(GroupRow::name)
                .skip(start)
                .limit(max)
                .toList();
    }

    /** The groups and every group nested in them, at any depth. */
    Set<Long> withNestedGroups(Collection<Long> groupIds) {
        return closure(groupIds, childrenByParent(true));
    }

    /** The groups and every group they are nested in, at any depth. */
    Set<Long> withParentGroups(Collection<Long> groupIds) {
        return closure(groupIds, childrenByParent(false));
    }

    /** The groups the user is a member of, directly or through nested groups. */
    Set<Long> effectiveGroupIds(long userId) {
        return withParentGroups(directGroupIds(userId));
    }

    /** The groups the user is a direct member of. */
    List<Long> directGroupIds(long userId) {
        return jdbc.list("SELECT parent_id FROM cwd_membership WHERE membership_type = 'GROUP_USER' AND child_id = ?",
                rs -> rs.getLong(1), userId);
    }

    List<GroupRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT " + COLUMNS + FROM_ACTIVE_DIRECTORIES + " WHERE g.id IN (" + Jdbc.placeholders(ids)
                + ") ORDER BY g.lower_group_name", GroupTable::row, ids.toArray());
    }

    /** The usernames of the direct user members of the groups, sorted, at most {@code limit}. */
    List<String> directMemberNames(Collection<Long> groupIds, int limit) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.listAtMost(limit, "SELECT DISTINCT u.user_name, u.lower_user_name FROM cwd_membership m"
                + " JOIN cwd_user u ON u.id = m.child_id"
                + " WHERE m.membership_type = 'GROUP_USER' AND m.parent_id IN (" + Jdbc.placeholders(groupIds) + ")"
                + " ORDER BY u.lower_user_name", rs -> rs.getString(1), groupIds.toArray());
    }

    /**
     * The direct user members of one group, those of the group's own directory first. Jira can
     * only have a membership in the user's own directory; a fixture may still list a user in a
     * group of another directory, and such a member must not be the one that tells which directory
     * the group lives in.
     */
    List<String> directMemberNamesOwnDirectoryFirst(GroupRow group, int limit) {
        return jdbc.listAtMost(limit, "SELECT u.user_name FROM cwd_membership m"
                + " JOIN cwd_user u ON u.id = m.child_id"
                + " WHERE m.membership_type = 'GROUP_USER' AND m.parent_id = ?"
                + " ORDER BY CASE WHEN u.directory_id = ? THEN 0 ELSE 1 END, u.lower_user_name",
                rs -> rs.getString(1), group.id(), group.directoryId());
    }

    boolean isDirectMember(long userId, long groupId) {
        return jdbc.first("SELECT 1 FROM cwd_membership WHERE membership_type = 'GROUP_USER'"
                + " AND parent_id = ? AND child_id = ?", rs -> true, groupId, userId).isPresent();
    }

    /** Removes the user's direct membership of the group; false when there was none. */
    boolean removeDirectMember(long userId, long groupId) {
        return jdbc.update("DELETE FROM cwd_membership WHERE membership_type = 'GROUP_USER'"
                + " AND parent_id = ? AND child_id = ?", groupId, userId) > 0;
    }

    /** Parent to children when {@code downwards}, child to parents otherwise. */
    private Map<Long, List<Long>> childrenByParent(boolean downwards) {
        Map<Long, List<Long>> edges = new HashMap<>();
        jdbc.list("SELECT parent_id, child_id FROM cwd_membership WHERE membership_type = 'GROUP_GROUP'", rs -> {
            long parent = rs.getLong("parent_id");
            long child = rs.getLong("child_id");
            edges.computeIfAbsent(downwards ? parent : child, id -> new ArrayList<>()).add(downwards ? child : parent);
            return null;
        });
        return edges;
    }

    private static Set<Long> closure(Collection<Long> start, Map<Long, List<Long>> edges) {
        Set<Long> reached = new LinkedHashSet<>(start);
        Deque<Long> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            for (Long next : edges.getOrDefault(pending.pop(), List.of())) {
                if (reached.add(next)) {
                    pending.push(next);
                }
            }
        }
        return reached;
    }

    private static GroupRow row(ResultSet rs) throws SQLException {
        return new GroupRow(rs.getLong("id"), rs.getString("group_name"), rs.getLong("directory_id"));
    }
}
