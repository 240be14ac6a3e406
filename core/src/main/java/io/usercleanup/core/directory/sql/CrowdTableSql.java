package io.usercleanup.core.directory.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the SQL of every product's embedded-Crowd tables has in common: the tables named with the
 * product's schema, the page end walked along {@code cwd_user}'s primary key, each database's way
 * of limiting rows, and the parameters of a page whose tables are each bounded by the same id range.
 */
public abstract class CrowdTableSql implements MemberQueries {
    private final String prefix;
    private final boolean limitClause;

    /**
     * @param schema      the product's schema, or {@code null} (or blank) when none is configured
     * @param limitClause whether the database limits rows with MySQL's {@code LIMIT} (see
     *                    {@link #limitsWithLimit}) rather than the standard
     *                    {@code OFFSET ... ROWS FETCH NEXT ... ROWS ONLY}
     */
    protected CrowdTableSql(String schema, boolean limitClause) {
        this.prefix = schema == null || schema.isBlank() ? "" : schema.trim() + ".";
        this.limitClause = limitClause;
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
