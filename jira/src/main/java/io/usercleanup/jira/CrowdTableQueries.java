package io.usercleanup.jira;

import io.usercleanup.core.directory.sql.CrowdTableSql;
import io.usercleanup.core.directory.sql.MemberRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The SQL that reads direct group members straight from the tables Jira keeps its embedded
 * Crowd's users in: {@code cwd_directory}, {@code cwd_user}, {@code cwd_group},
 * {@code cwd_membership} and {@code cwd_user_attributes}, named with Jira's configured schema.
 * <p>
 * The queries follow Jira's rules for who is a member: only users and groups of active
 * directories ({@code active = 1}) count; a username that exists in several active directories is
 * the user of the first of them in Crowd's order ({@code directory_position}), the others are
 * shadowed and invisible to Jira; groups are told apart by their lower-cased name across
 * directories; only {@code GROUP_USER} memberships are direct user memberships ({@code GROUP_GROUP}
 * ones nest groups); the last login is the user's {@code login.lastLoginMillis} attribute.
 */
final class CrowdTableQueries extends CrowdTableSql {
    /** The user attribute in which Jira records the last successful login, in epoch milliseconds. */
    static final String LAST_LOGIN_ATTRIBUTE = "login.lastLoginMillis";

    /**
     * @param schema     Jira's schema, or {@code null} when none is configured
     * @param vendorName the name of Jira's {@code DatabaseVendor} (see {@link CrowdTableSql#limitsWithLimit})
     */
    CrowdTableQueries(String schema, String vendorName) {
        super(schema, limitsWithLimit(vendorName), "1");
    }

    @Override
    public BoundQuery memberPage(List<Long> groupIds, long after, Long last, boolean checkShadows) {
        return new BoundQuery(memberPage(groupIds.size(), last == null, checkShadows),
                rangeParameters(groupIds, after, last, 2));
    }

    /**
     * One row per (user, direct membership of one of the groups) for the users whose id is in a
     * range, ordered by user id. Each table is bounded by the same id range (on {@code child_id},
     * {@code user_id} and {@code id}), so that the database reads each group's members of the
     * range, the range's last logins and its users with one range scan each instead of one lookup
     * per user; each group has a branch of its own. Parameters, in order: for each group row, its
     * id, the range's lower bound (exclusive) and, unless {@code last}, its upper bound
     * (inclusive); then the bounds for the last logins; then the bounds for the users.
     *
     * @param groupIds     how many group rows there are
     * @param last         whether the range is open-ended
     * @param checkShadows whether to leave out users whose username an earlier active directory also has
     */
    String memberPage(int groupIds, boolean last, boolean checkShadows) {
        String memberships = perGroup(groupIds,
                "SELECT g.parent_id, g.child_id FROM " + table("cwd_membership") + " g"
                        + " WHERE g.membership_type = 'GROUP_USER' AND g.parent_id = ? AND " + range("g.child_id", last));
        return "SELECT u.id, u.lower_user_name, u.user_name, u.display_name, u.email_address,"
                + " u.directory_id, u.active, u.created_date, m.parent_id, l.last_login"
                + " FROM (" + memberships + ") m"
                + " JOIN " + table("cwd_user") + " u ON u.id = m.child_id"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id"
                + " LEFT JOIN (SELECT a.user_id, MAX(a.attribute_value) AS last_login"
                + " FROM " + table("cwd_user_attributes") + " a"
                + " WHERE a.attribute_name = '" + LAST_LOGIN_ATTRIBUTE + "' AND " + range("a.user_id", last)
                + " GROUP BY a.user_id) l ON l.user_id = u.id"
                + " WHERE " + range("u.id", last) + " AND " + isActive("d")
                + (checkShadows
                ? " AND NOT EXISTS (SELECT 1 FROM " + table("cwd_user") + " s"
                + " JOIN " + table("cwd_directory") + " sd ON sd.id = s.directory_id"
                + " WHERE s.lower_user_name = u.lower_user_name AND " + isActive("sd")
                + " AND sd.directory_position < d.directory_position)"
                : "")
                + " ORDER BY u.id";
    }

    /**
     * Reads the current row. The creation date is read as Jira's entity engine reads it, as a
     * {@link Timestamp} in the JVM's time zone, so that it is the instant Jira's own user objects carry.
     */
    @Override
    public MemberRow read(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_date");
        return new MemberRow(rs.getLong("id"), rs.getString("user_name"), rs.getString("display_name"),
                rs.getString("email_address"), rs.getLong("directory_id"), rs.getInt("active") == 1,
                created == null ? null : Instant.ofEpochMilli(created.getTime()),
                lastLogin(rs.getString("last_login")), rs.getLong("parent_id"));
    }

    /** The last login; a value that is not a number counts as none, as Jira's login service treats it. */
    static Instant lastLogin(String attribute) {
        if (attribute == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(attribute.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
