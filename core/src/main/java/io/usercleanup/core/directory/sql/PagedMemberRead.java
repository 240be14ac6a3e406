package io.usercleanup.core.directory.sql;

import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.ProductReads;
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
 * Reads the direct members of groups in a few set-based queries on a product's embedded-Crowd
 * tables: the users are taken in pages of a few thousand by user id, and one query returns a
 * page's members with their direct memberships and last logins, so a directory of any size is
 * read with two queries per few thousand users and never held in memory. Paging by id rather
 * than by username keeps the pages independent of the database's collation. What the tables look
 * like is the product's ({@link MemberQueries}); the paging, the checks and the failure rules are
 * the same for every product.
 * <p>
 * Each page borrows a connection only while its query runs; the users are handed out after the
 * connection is back, because the cleanup writes its record and changes memberships (through
 * other connections) while it consumes them. Those changes concern users already read, so they
 * never shift a later page.
 */
public final class PagedMemberRead {
    /** Users per page: a few thousand users, a megabyte or two. */
    public static final int PAGE_USERS = 5_000;

    private final ConnectionSource database;
    private final MemberQueries.Factory queryFactory;
    private final String product;
    private final int pageUsers;

    /**
     * @param product   the product as messages name it ("Jira", "Confluence")
     * @param pageUsers users per page, at least one
     */
    public PagedMemberRead(ConnectionSource database, MemberQueries.Factory queryFactory, String product,
                           int pageUsers) {
        this.database = Objects.requireNonNull(database, "database");
        this.queryFactory = Objects.requireNonNull(queryFactory, "queryFactory");
        this.product = Objects.requireNonNull(product, "product");
        if (pageUsers < 1) {
            throw new IllegalArgumentException("pageUsers must be positive");
        }
        this.pageUsers = pageUsers;
    }

    /**
     * Hands every distinct direct member of the groups to the sink once, in user id order.
     *
     * @param groupNames the groups as the product resolved them; their names are the ones reported
     * @throws SqlReadUnavailableException when the tables cannot be read before any user is
     *                                     handed out (the caller may read another way)
     * @throws DirectoryAccessException    when reading fails after users were handed out
     */
    public void forEach(List<String> groupNames, Consumer<DirectoryUser> sink) {
        if (groupNames.isEmpty()) {
            return;
        }
        Map<String, String> namesByKey = new LinkedHashMap<>();
        groupNames.forEach(name -> namesByKey.putIfAbsent(Names.key(name), name));
        List<String> order = new ArrayList<>(namesByKey.values());
        Comparator<String> groupOrder = Comparator.comparingInt(order::indexOf);

        Start start;
        boolean checkShadows;
        try {
            start = database.withConnection(connection -> start(connection, namesByKey));
            checkShadows = database.withConnection(connection -> sharedUsernames(connection, start.queries())) > 0;
        } catch (RuntimeException e) {
            throw new SqlReadUnavailableException(ProductReads.describe(e), e);
        }
        List<Long> groupIds = new ArrayList<>(start.groupNames().keySet());
        long after = Long.MIN_VALUE;
        boolean handedOut = false;
        while (true) {
            Page page;
            try {
                long from = after;
                page = database.withConnection(connection -> page(connection, start.queries(), groupIds, from,
                        checkShadows, start.groupNames(), groupOrder));
            } catch (RuntimeException e) {
                if (!handedOut) {
                    throw new SqlReadUnavailableException(ProductReads.describe(e), e);
                }
                throw new DirectoryAccessException(product + "'s database failed while reading the members of groups "
                        + order + ": " + ProductReads.describe(e), e);
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

    /** The queries for this database and the group rows, by row id with the name the cleanup uses. */
    private record Start(MemberQueries queries, Map<Long, String> groupNames) {
    }

    /** The members among the next users by id, and the last id of those users ({@code null} on the last page). */
    private record Page(List<DirectoryUser> users, Long lastUserId) {
    }

    /**
     * Every group the product resolved must be found, or these tables are not the ones the product
     * reads (another schema, another layout), and the read must not go on.
     */
    private Start start(Connection connection, Map<String, String> namesByKey) throws SQLException {
        MemberQueries queries = queryFactory.create(connection);
        List<String> keys = new ArrayList<>(namesByKey.keySet());
        Map<Long, String> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.groupRows(keys.size()))) {
            for (int i = 0; i < keys.size(); i++) {
                statement.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), namesByKey.get(rs.getString(2)));
                }
            }
        }
        Set<String> found = Set.copyOf(rows.values());
        for (String name : namesByKey.values()) {
            if (!found.contains(name)) {
                throw new IllegalStateException("the group '" + name + "' is not in the table " + queries.groupTable());
            }
        }
        return new Start(queries, rows);
    }

    private static long sharedUsernames(Connection connection, MemberQueries queries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(queries.sharedUsernames());
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    private Page page(Connection connection, MemberQueries queries, List<Long> groupIds, long after,
                      boolean checkShadows, Map<Long, String> groupNames, Comparator<String> groupOrder)
            throws SQLException {
        Long last = null;
        try (PreparedStatement statement = connection.prepareStatement(queries.pageEnd(pageUsers))) {
            statement.setLong(1, after);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    last = rs.getLong(1);
                }
            }
        }
        MemberQueries.BoundQuery members = queries.memberPage(groupIds, after, last, checkShadows);
        List<MemberRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(members.sql())) {
            int index = 1;
            for (Long parameter : members.parameters()) {
                statement.setLong(index++, parameter);
            }
            statement.setFetchSize(pageUsers);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(queries.read(rs));
                }
            }
        }
        return new Page(MemberPage.users(rows, groupNames, groupOrder), last);
    }
}
