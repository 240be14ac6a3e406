package io.usercleanup.jira;

import java.util.Collections;
import java.util.Locale;

/**
 * The SQL that reads direct group members straight from the tables Jira keeps its embedded
 * Crowd's users in: {@code cwd_directory}, {@code cwd_user}, {@code cwd_group},
 * {@code cwd_membership} and {@code cwd_user_attributes}, named with Jira's configured schema.
 * <p>
 * The queries follow Jira's rules for who is a member: only users and groups of active
 * directories count; a username that exists in several active directories is the user of the
 * first of them in Crowd's order ({@code directory_position}), the others are shadowed and
 * invisible to Jira; groups are told apart by their lower-cased name across directories; only
 * {@code GROUP_USER} memberships are direct user memberships ({@code GROUP_GROUP} ones nest groups);
 * the last login is the user's {@code login.lastLoginMillis} attribute.
 */
final class CrowdTableQueries {
    /** The user attribute in which Jira records the last successful login, in epoch milliseconds. */
    static final String LAST_LOGIN_ATTRIBUTE = "login.lastLoginMillis";

    private final String prefix;
    private final boolean limitClause;

    /**
     * @param schema     Jira's schema, or {@code null} when none is configured
     * @param vendorName the name of Jira's {@code DatabaseVendor}: MySQL takes {@code LIMIT},
     *                   every other database Jira supports takes the standard
     *                   {@code OFFSET ... ROWS FETCH NEXT ... ROWS ONLY}
     */
    CrowdTableQueries(String schema, String vendorName) {
        this.prefix = schema == null || schema.isBlank() ? "" : schema.trim() + ".";
        String vendor = vendorName == null ? "" : vendorName.toUpperCase(Locale.ROOT).replace("_", "");
        this.limitClause = vendor.contains("MYSQL") || vendor.contains("MARIA");
    }

    /** The rows of the groups with these lower-cased names in active directories: {@code id, lower_group_name}. */
    String groupRows(int names) {
        return "SELECT g.id, g.lower_group_name FROM " + table("cwd_group") + " g"
                + " JOIN " + table("cwd_directory") + " d ON d.id = g.directory_id"
                + " WHERE d.active = 1 AND g.lower_group_name IN (" + placeholders(names) + ")";
    }

    /**
     * The id of the {@code users}-th user after a given id ({@code cwd_user.id} greater than the
     * parameter), the last id of the next page of users; no row when fewer users are left. An
     * index-only walk along the primary key.
     */
    String pageEnd(int users) {
        String sql = "SELECT u.id FROM " + table("cwd_user") + " u WHERE u.id > ? ORDER BY u.id";
        return limitClause
                ? sql + " LIMIT 1 OFFSET " + (users - 1)
                : sql + " OFFSET " + (users - 1) + " ROWS FETCH NEXT 1 ROWS ONLY";
    }

    /**
     * How many lower-cased usernames exist in more than one active directory. Only where there
     * are any must each member be checked against earlier directories, a lookup per row that the
     * pages skip otherwise.
     */
    String sharedUsernames() {
        return "SELECT COUNT(*) FROM (SELECT u.lower_user_name FROM " + table("cwd_user") + " u"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id WHERE d.active = 1"
                + " GROUP BY u.lower_user_name HAVING COUNT(*) > 1) shared";
    }

    /**
     * One row per (user, direct membership of one of the groups) for the users whose id is in a
     * range, ordered by user id. Each table is bounded by the same id range (on {@code child_id},
     * {@code user_id} and {@code id}), so that the database reads each group's members of the
     * range, the range's last logins and its users with one range scan each instead of one lookup
     * per user; each group has a branch of its own, because a range scan of the membership key
     * {@code (parent_id, child_id, membership_type)} needs one parent (with a list of parents some
     * databases, H2 among them, scan every membership of every listed group). Parameters, in
     * order: for each group row, its id, the range's lower bound (exclusive) and, unless
     * {@code last}, its upper bound (inclusive); then the bounds for the last logins; then the
     * bounds for the users.
     *
     * @param groupIds     how many group rows there are
     * @param last         whether the range is open-ended
     * @param checkShadows whether to leave out users whose username an earlier active directory also has
     */
    String memberPage(int groupIds, boolean last, boolean checkShadows) {
        if (groupIds < 1) {
            throw new IllegalArgumentException("a page needs at least one group");
        }
        String memberships = String.join(" UNION ALL ", Collections.nCopies(groupIds,
                "SELECT g.parent_id, g.child_id FROM " + table("cwd_membership") + " g"
                        + " WHERE g.membership_type = 'GROUP_USER' AND g.parent_id = ? AND " + range("g.child_id", last)));
        return "SELECT u.id, u.lower_user_name, u.user_name, u.display_name, u.email_address,"
                + " u.directory_id, u.active, u.created_date, m.parent_id, l.last_login"
                + " FROM (" + memberships + ") m"
                + " JOIN " + table("cwd_user") + " u ON u.id = m.child_id"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id"
                + " LEFT JOIN (SELECT a.user_id, MAX(a.attribute_value) AS last_login"
                + " FROM " + table("cwd_user_attributes") + " a"
                + " WHERE a.attribute_name = '" + LAST_LOGIN_ATTRIBUTE + "' AND " + range("a.user_id", last)
                + " GROUP BY a.user_id) l ON l.user_id = u.id"
                + " WHERE " + range("u.id", last) + " AND d.active = 1"
                + (checkShadows
                ? " AND NOT EXISTS (SELECT 1 FROM " + table("cwd_user") + " s"
                + " JOIN " + table("cwd_directory") + " sd ON sd.id = s.directory_id"
                + " WHERE s.lower_user_name = u.lower_user_name AND sd.active = 1"
                + " AND sd.directory_position < d.directory_position)"
                : "")
                + " ORDER BY u.id";
    }

    private static String range(String column, boolean last) {
        return column + " > ?" + (last ? "" : " AND " + column + " <= ?");
    }

    private String table(String name) {
        return prefix + name;
    }

    private static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
