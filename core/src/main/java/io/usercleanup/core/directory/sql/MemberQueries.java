package io.usercleanup.core.directory.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL of one product's tables for {@link PagedMemberRead}: which rows a group name is, how
 * many usernames several directories share, where the next page of users ends, and one page's
 * direct memberships with everything the cleanup needs of each user. The paging (by
 * {@code cwd_user.id}, which both Jira's and Confluence's embedded Crowd have) is the reader's;
 * the tables, columns and flag values are the product's.
 */
public interface MemberQueries {
    /**
     * The rows of the groups with these lower-cased names in active directories, one parameter
     * per name: column 1 the row id, column 2 the lower-cased name.
     */
    String groupRows(int names);

    /** How many lower-cased usernames exist in more than one active directory: one row, one number. */
    String sharedUsernames();

    /**
     * The id of the {@code users}-th user after the id given as the only parameter; no row when
     * fewer users are left.
     */
    String pageEnd(int users);

    /**
     * The direct user memberships of the group rows for the users whose id is after {@code after}
     * and, unless {@code last} is {@code null}, at most {@code last}; ordered by user id, so that a
     * user's rows are next to each other.
     *
     * @param checkShadows whether to leave out users whose username an earlier active directory also has
     */
    BoundQuery memberPage(List<Long> groupIds, long after, Long last, boolean checkShadows);

    /** One row of {@link #memberPage}. */
    MemberRow read(ResultSet rs) throws SQLException;

    /** The product's group table as its messages name it, such as {@code cwd_group}. */
    String groupTable();

    /** SQL with its parameters, all of them numbers. */
    record BoundQuery(String sql, List<Long> parameters) {
        public BoundQuery {
            parameters = List.copyOf(parameters);
        }
    }

    /** Makes the queries for a database, which it may look at through the connection. */
    @FunctionalInterface
    interface Factory {
        MemberQueries create(Connection connection) throws SQLException;
    }
}
