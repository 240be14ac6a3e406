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
 * Jira's {@link DatabaseAccessor}: each query returns a page of users ordered by username, with
 * their direct memberships and last logins, so a directory of any size is read with one query per
 * few thousand users and never held in memory.
 * <p>
 * Each page borrows a connection from Jira's pool only while its query runs, as the accessor
 * asks; the users are handed out after the connection is back, because the cleanup writes its
 * record and changes memberships (through other connections) while it consumes them. Those
 * changes concern users already read, so they never shift a later page.
 */
final class SqlDirectMembers {
    /** Rows per query: a few thousand users, a few hundred kilobytes. */
    static final int PAGE_ROWS = 5_000;

    private final DatabaseAccessor database;
    private final int pageRows;

    SqlDirectMembers(DatabaseAccessor database) {
        this(database, PAGE_ROWS);
    }

    SqlDirectMembers(DatabaseAccessor database, int pageRows) {
        this.database = Objects.requireNonNull(database, "database");
        if (pageRows < 2) {
            throw new IllegalArgumentException("pageRows must be at least 2");
        }
        this.pageRows = pageRows;
    }

    /**
     * Hands every distinct direct member of the groups to the sink once, in username order.
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
        try {
            queries = new CrowdTableQueries(database.getSchemaName().orElse(null),
                    database.getDatabaseVendor().name());
            groupNames = groupRows(queries, namesByKey);
        } catch (RuntimeException e) {
            throw new SqlReadUnavailableException(JiraReads.describe(e), e);
        }
        List<Long> groupIds = new ArrayList<>(groupNames.keySet());
        // A user has at most one membership row per group row, so a page always holds a whole user.
        int limit = Math.max(pageRows, groupIds.size() + 1);
        MemberPage.Resume resume = null;
        boolean handedOut = false;
        do {
            MemberPage page;
            try {
                MemberPage.Resume after = resume;
                page = database.executeQuery(connection -> page(connection.getJdbcConnection(), queries, groupIds,
                        after, limit, groupNames, groupOrder));
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
            resume = page.resume();
        } while (resume != null);
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

    private static MemberPage page(Connection connection, CrowdTableQueries queries, List<Long> groupIds,
                                   MemberPage.Resume after, int limit, Map<Long, String> groupNames,
                                   Comparator<String> groupOrder) {
        List<MemberRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                queries.memberPage(groupIds.size(), after == null, limit))) {
            int index = 1;
            for (Long id : groupIds) {
                statement.setLong(index++, id);
            }
            if (after != null) {
                statement.setString(index++, after.key());
                statement.setString(index++, after.key());
                statement.setLong(index, after.userId());
            }
            statement.setFetchSize(limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(MemberRow.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return MemberPage.of(rows, rows.size() >= limit, groupNames, groupOrder);
    }
}
