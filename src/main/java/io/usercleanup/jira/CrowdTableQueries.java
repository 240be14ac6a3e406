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
 * {@code GROUP_USER} memberships are direct user memberships ({@code GROUP_GROUP} ones nest groups).
 */
final class CrowdTableQueries {
    /** The user attribute in which Jira records the last successful login, in epoch milliseconds. */
    static final String LAST_LOGIN_ATTRIBUTE = "login.lastLoginMillis";

    private final String prefix;
    private final boolean limitClause;

    /**
     * @param schema     Jira's schema, or {@code null} when none is configured
     * @param vendorName the name of Jira's {@code DatabaseVendor}: MySQL takes {@code LIMIT n},
     *                   every other database Jira supports takes the standard
     *                   {@code FETCH FIRST n ROWS ONLY}
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
     * One row per (user, direct membership of one of the groups), ordered by lower-cased username
     * and user id, at most {@code limit} rows. Parameters: the group row ids, then, unless
     * {@code first}, the lower-cased username and id of the last user already read (three
     * parameters: key, key, id), so each page starts where the last one ended without an offset.
     * The last login comes from a sub-query so that the rows of a user are exactly its memberships.
     */
    String memberPage(int groupIds, boolean first, int limit) {
        String sql = "SELECT u.id, u.lower_user_name, u.user_name, u.display_name, u.email_address,"
                + " u.directory_id, u.active, u.created_date, m.parent_id,"
                + " (SELECT MAX(a.attribute_value) FROM " + table("cwd_user_attributes") + " a"
                + " WHERE a.user_id = u.id AND a.attribute_name = '" + LAST_LOGIN_ATTRIBUTE + "') AS last_login"
                + " FROM " + table("cwd_user") + " u"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id"
                + " JOIN " + table("cwd_membership") + " m ON m.child_id = u.id"
                + " WHERE d.active = 1 AND m.membership_type = 'GROUP_USER'"
                + " AND m.parent_id IN (" + placeholders(groupIds) + ")"
                + (first ? "" : " AND u.lower_user_name >= ? AND (u.lower_user_name > ? OR u.id > ?)")
                + " AND NOT EXISTS (SELECT 1 FROM " + table("cwd_user") + " s"
                + " JOIN " + table("cwd_directory") + " sd ON sd.id = s.directory_id"
                + " WHERE s.lower_user_name = u.lower_user_name AND sd.active = 1"
                + " AND sd.directory_position < d.directory_position)"
                + " ORDER BY u.lower_user_name, u.id";
        return limitClause ? sql + " LIMIT " + limit : sql + " FETCH FIRST " + limit + " ROWS ONLY";
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
