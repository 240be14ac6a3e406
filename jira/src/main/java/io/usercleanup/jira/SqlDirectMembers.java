package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.database.DatabaseAccessor;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.model.Names;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the direct members of groups in a few set-based queries on Jira's Crowd tables, through
 * Jira's {@link DatabaseAccessor}: the users are taken in pages of a few thousand by user id, and
 * one query returns a page's members with their direct memberships and last logins, so a
 * directory of any size is read with two queries per few thousand users and never held in memory.
 * Paging by id rather than by username keeps the pages independent of the database's collation.
 * <p>
 * Each page borrows a connection from Jira's pool only while its query runs, as the accessor
 * asks; the users are handed out after the connection is back, because the cleanup writes its
 * record and changes memberships (through other connections) while it consumes them. Those
 * changes concern users already read, so they never shift a later page.
 */
final class SqlDirectMembers {
    /** Users per page: a few thousand users, a megabyte or two. */
    static final int PAGE_USERS = 5_000;

    private final DatabaseAccessor database;
    private final int pageUsers;

    SqlDirectMembers(DatabaseAccessor database) {
        this(database, PAGE_USERS);
    }

    SqlDirectMembers(DatabaseAccessor database, int pageUsers) {
        this.database = Objects.requireNonNull(database, "database");
        if (pageUsers < 1) {
            throw new IllegalArgumentException("pageUsers must be positive");
        }
        this.pageUsers = pageUsers;
    }

    /**
     * Hands every distinct direct member of the groups to the sink once, in user id order.
     *
     * @param groups the groups as Jira resolved them; their names are the ones reported
     * @throws SqlReadUnavailableException when the tables cannot be read before any user is
     *                                     handed out (the caller may read another way)
     * @throws DirectoryAccessException    when reading fails after users were handed out
     */
    void forEach(List<Group> groups, Consumer<DirectoryUser> sink) {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, String> namesByKey = new LinkedHashMap<>();
        groups.forEach(group -> namesByKey.putIfAbsent(Names.key(group.getName()), group.getName()));
        List<String> order = new ArrayList<>(namesByKey.values());
        Comparator<String> groupOrder = Comparator.comparingInt(order::indexOf);

        CrowdTableQueries queries;
        Map<Long, String> groupNames;
        boolean checkShadows;
        try {
            queries = new CrowdTableQueries(database.getSchemaName().orElse(null),
                    database.getDatabaseVendor().name());
            groupNames = groupRows(queries, namesByKey);
            checkShadows = sharedUsernames(queries) > 0;
        } catch (RuntimeException e) {
            throw new SqlReadUnavailableException(JiraReads.describe(e), e);
        }
        List<Long> groupIds = new ArrayList<>(groupNames.keySet());
        long after = Long.MIN_VALUE;
        boolean handedOut = false;
        while (true) {
            Page page;
            try {
                long from = after;
                page = database.executeQuery(connection -> page(connection.getJdbcConnection(), queries, groupIds,
                        from, checkShadows, groupNames, groupOrder));
            } catch (RuntimeException e) {
                if (!handedOut) {
                    throw new SqlReadUnavailableException(JiraReads.describe(e), e);
                }
                throw new DirectoryAccessException("Jira's database failed while reading the members of groups "
                        + order + ": " + JiraReads.describe(e), e);
            }
            for (DirectoryUser user : page.users()) {
                handedOut = true;
                sink.accept(user);
            }
            if (page.lastUserId() == null) {
                return;
            }
            after = page.lastUserId();
        }
    }

    /** The members among the next users by id, and the last id of those users ({@code null} on the last page). */
    private record Page(List<DirectoryUser> users, Long lastUserId) {
    }

    private static int bindRange(PreparedStatement statement, int index, long after, Long last) throws SQLException {
        statement.setLong(index++, after);
        if (last != null) {
            statement.setLong(index++, last);
        }
        return index;
    }

    private long sharedUsernames(CrowdTableQueries queries) {
        return database.executeQuery(connection -> {
            try (PreparedStatement statement = connection.getJdbcConnection().prepareStatement(queries.sharedUsernames());
                 ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /**
     * The group rows of the groups. Every group Jira resolved must be found, or these tables are
     * not the ones Jira reads (another schema, another layout), and the read must not go on.
     */
    private Map<Long, String> groupRows(CrowdTableQueries queries, Map<String, String> namesByKey) {
        List<String> keys = new ArrayList<>(namesByKey.keySet());
        Map<Long, String> names = database.executeQuery(connection -> {
            Map<Long, String> rows = new HashMap<>();
            try (PreparedStatement statement = connection.getJdbcConnection()
                    .prepareStatement(queries.groupRows(keys.size()))) {
                for (int i = 0; i < keys.size(); i++) {
                    statement.setString(i + 1, keys.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), namesByKey.get(rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return rows;
        });
        Set<String> found = Set.copyOf(names.values());
        for (String name : namesByKey.values()) {
            if (!found.contains(name)) {
                throw new IllegalStateException("the group '" + name + "' is not in the table cwd_group");
            }
        }
        return names;
    }

    private Page page(Connection connection, CrowdTableQueries queries, List<Long> groupIds, long after,
                      boolean checkShadows, Map<Long, String> groupNames, Comparator<String> groupOrder) {
        try {
            Long last = null;
            try (PreparedStatement statement = connection.prepareStatement(queries.pageEnd(pageUsers))) {
                statement.setLong(1, after);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getLong(1);
                    }
                }
            }
            List<MemberRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    queries.memberPage(groupIds.size(), last == null, checkShadows))) {
                int index = 1;
                for (Long id : groupIds) {
                    statement.setLong(index++, id);
                    index = bindRange(statement, index, after, last);
                }
                index = bindRange(statement, index, after, last);
                bindRange(statement, index, after, last);
                statement.setFetchSize(pageUsers);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(MemberRow.read(rs));
                    }
                }
            }
            return new Page(MemberPage.users(rows, groupNames, groupOrder), last);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
