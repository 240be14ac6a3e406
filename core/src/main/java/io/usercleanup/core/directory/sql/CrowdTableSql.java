package io.usercleanup.core.directory.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the SQL of every product's embedded-Crowd tables has in common: the tables named with the
 * product's schema, the group rows and the count of shared usernames (only the flag of an active
 * directory differs), the page end walked along {@code cwd_user}'s primary key, each database's way
 * of limiting rows, and the parameters of a page whose tables are each bounded by the same id range.
 */
public abstract class CrowdTableSql implements MemberQueries {
    private final String prefix;
    private final boolean limitClause;
    private final String active;

    /**
     * @param schema      the product's schema, or {@code null} (or blank) when none is configured
     * @param limitClause whether the database limits rows with MySQL's {@code LIMIT} (see
     *                    {@link #limitsWithLimit}) rather than the standard
     *                    {@code OFFSET ... ROWS FETCH NEXT ... ROWS ONLY}
     * @param active      the SQL literal of a true {@code active} flag in the product's tables
     *                    ({@code 1} in Jira's, {@code 'T'} in Confluence's)
     */
    protected CrowdTableSql(String schema, boolean limitClause, String active) {
        this.prefix = schema == null || schema.isBlank() ? "" : schema.trim() + ".";
        this.limitClause = limitClause;
        this.active = active;
    }

    /**
     * Whether the database of that name (a product's vendor name or the JDBC driver's product
     * name) is MySQL or MariaDB, which take {@code LIMIT}; every other database the products
     * support takes the standard clause.
     */
    public static boolean limitsWithLimit(String databaseName) {
        String name = databaseName == null ? "" : databaseName.toUpperCase(Locale.ROOT).replace("_", "");
        return name.contains("MYSQL") || name.contains("MARIA");
    }

    /** The rows of the groups with these lower-cased names in active directories: {@code id, lower_group_name}. */
    @Override
    public String groupRows(int names) {
        return "SELECT g.id, g.lower_group_name FROM " + table("cwd_group") + " g"
                + " JOIN " + table("cwd_directory") + " d ON d.id = g.directory_id"
                + " WHERE " + isActive("d") + " AND g.lower_group_name IN (" + placeholders(names) + ")";
    }

    /**
     * How many lower-cased usernames exist in more than one active directory. Only where there
     * are any must each member be checked against earlier directories, a lookup per row that the
     * pages skip otherwise.
     */
    @Override
    public String sharedUsernames() {
        return "SELECT COUNT(*) FROM (SELECT u.lower_user_name FROM " + table("cwd_user") + " u"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id WHERE " + isActive("d")
                + " GROUP BY u.lower_user_name HAVING COUNT(*) > 1) shared";
    }

    /**
     * The id of the {@code users}-th user after a given id ({@code cwd_user.id} greater than the
     * parameter), the last id of the next page of users; no row when fewer users are left. An
     * index-only walk along the primary key.
     */
    @Override
    public String pageEnd(int users) {
        String sql = "SELECT u.id FROM " + table("cwd_user") + " u WHERE u.id > ? ORDER BY u.id";
        return limitClause
                ? sql + " LIMIT 1 OFFSET " + (users - 1)
                : sql + " OFFSET " + (users - 1) + " ROWS FETCH NEXT 1 ROWS ONLY";
    }

    @Override
    public String groupTable() {
        return "cwd_group";
    }

    /** {@code alias.active = <true>}: the row (a directory, a user) is active. */
    protected final String isActive(String alias) {
        return alias + ".active = " + active;
    }

    /** The table with the schema in front, when there is one. */
    protected final String table(String name) {
        return prefix + name;
    }

    /** {@code column > ?}, and {@code AND column <= ?} unless the range is open-ended. */
    protected static String range(String column, boolean last) {
        return column + " > ?" + (last ? "" : " AND " + column + " <= ?");
    }

    /** {@code ?, ?, ...}, at least one. */
    protected static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * {@code count} copies of a per-group branch joined with {@code UNION ALL}: a range scan of a
     * membership key that starts with the parent needs one parent (with a list of parents some
     * databases, H2 among them, scan every membership of every listed group).
     */
    protected static String perGroup(int groupIds, String branch) {
        if (groupIds < 1) {
            throw new IllegalArgumentException("a page needs at least one group");
        }
        return String.join(" UNION ALL ", Collections.nCopies(groupIds, branch));
    }

    /**
     * The parameters of a page: for each group row its id and the range, then the range once for
     * each of {@code moreRanges} further bounded tables.
     */
    protected static List<Long> rangeParameters(List<Long> groupIds, long after, Long last, int moreRanges) {
        List<Long> parameters = new ArrayList<>();
        for (Long id : groupIds) {
            parameters.add(id);
            addRange(parameters, after, last);
        }
        for (int i = 0; i < moreRanges; i++) {
            addRange(parameters, after, last);
        }
        return parameters;
    }

    private static void addRange(List<Long> parameters, long after, Long last) {
        parameters.add(after);
        if (last != null) {
            parameters.add(last);
        }
    }
}
