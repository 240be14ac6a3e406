package io.usercleanup.confluence;

import io.usercleanup.core.directory.sql.CrowdTableSql;
import io.usercleanup.core.directory.sql.MemberRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The SQL that reads direct group members straight from the tables Confluence keeps its embedded
 * Crowd's users in, and its own login records, named with Confluence's schema. Confluence maps
 * Crowd with Hibernate, so the tables have Jira's names but not Jira's columns
 * (docs/confluence-api-facts.md, "Tables the SQL read uses"):
 * <ul>
 * <li>flags are {@code 'T'}/{@code 'F'} ({@code cwd_directory.active}, {@code cwd_user.active});</li>
 * <li>{@code cwd_membership} has {@code child_user_id} for a user member and {@code child_group_id}
 *     for a nested group, so a row with {@code child_user_id} is a direct user membership;</li>
 * <li>Crowd's directory order is the {@code list_index} of the directory's
 *     {@code cwd_app_dir_mapping} for Confluence's application ({@code cwd_application} named
 *     {@code confluence});</li>
 * <li>the last successful login is {@code logininfo.successdate}, whose {@code username} column
 *     holds the user key, which {@code user_mapping} maps to the lower-cased username.</li>
 * </ul>
 * Who is a member follows Crowd's rules as on Jira: only users and groups of active directories
 * count, a username in several active directories is the user of the first of them, groups are
 * told apart by their lower-cased name across directories.
 */
final class ConfluenceTableQueries extends CrowdTableSql {
    /** The name of the application Confluence's embedded Crowd serves. */
    static final String APPLICATION = "confluence";

    /**
     * @param schema       Confluence's schema, or {@code null} when none is configured
     * @param databaseName the JDBC driver's database product name (see {@link CrowdTableSql#limitsWithLimit})
     */
    ConfluenceTableQueries(String schema, String databaseName) {
        super(schema, limitsWithLimit(databaseName), "'T'");
    }

    /**
     * One row per (user, direct membership of one of the groups) for the users whose id is in a
     * range, ordered by user id. The memberships and the users are bounded by the range (on
     * {@code child_user_id} and {@code id}), each group in a branch of its own; the last login is
     * looked up per user by key, where {@code logininfo} and {@code user_mapping} have unique keys.
     * Parameters: for each group row its id and the range, then the range for the users.
     */
    @Override
    public BoundQuery memberPage(List<Long> groupIds, long after, Long last, boolean checkShadows) {
        boolean open = last == null;
        String memberships = perGroup(groupIds.size(),
                "SELECT g.parent_id, g.child_user_id FROM " + table("cwd_membership") + " g"
                        + " WHERE g.parent_id = ? AND " + range("g.child_user_id", open));
        String sql = "SELECT u.id, u.user_name, u.display_name, u.email_address, u.directory_id, u.active,"
                + " u.created_date, m.parent_id,"
                + " (SELECT MAX(li.successdate) FROM " + table("logininfo") + " li"
                + " WHERE li.username = um.user_key) AS last_login"
                + " FROM (" + memberships + ") m"
                + " JOIN " + table("cwd_user") + " u ON u.id = m.child_user_id"
                + " JOIN " + table("cwd_directory") + " d ON d.id = u.directory_id"
                + " LEFT JOIN " + table("user_mapping") + " um ON um.lower_username = u.lower_user_name"
                + " WHERE " + range("u.id", open) + " AND " + isActive("d")
                + (checkShadows ? " AND NOT EXISTS (" + earlierUserOfTheSameName() + ")" : "")
                + " ORDER BY u.id";
        return new BoundQuery(sql, rangeParameters(groupIds, after, last, 1));
    }

    /** A user of the same name in an active directory that comes earlier in Confluence's application. */
    private String earlierUserOfTheSameName() {
        return "SELECT 1 FROM " + table("cwd_user") + " s"
                + " JOIN " + table("cwd_directory") + " sd ON sd.id = s.directory_id"
                + " JOIN " + table("cwd_app_dir_mapping") + " sm ON sm.directory_id = sd.id"
                + " JOIN " + table("cwd_app_dir_mapping") + " um2 ON um2.directory_id = d.id"
                + " AND um2.application_id = sm.application_id"
                + " JOIN " + table("cwd_application") + " a ON a.id = sm.application_id"
                + " WHERE s.lower_user_name = u.lower_user_name AND " + isActive("sd")
                + " AND a.lower_application_name = '" + APPLICATION + "'"
                + " AND sm.list_index < um2.list_index";
    }

    /**
     * The dates are read as Hibernate reads them, as {@link Timestamp}s in the JVM's time zone, so
     * that they are the instants Confluence's own objects carry.
     */
    @Override
    public MemberRow read(ResultSet rs) throws SQLException {
        return new MemberRow(rs.getLong("id"), rs.getString("user_name"), rs.getString("display_name"),
                rs.getString("email_address"), rs.getLong("directory_id"), "T".equals(trim(rs.getString("active"))),
                instant(rs.getTimestamp("created_date")), instant(rs.getTimestamp("last_login")),
                rs.getLong("parent_id"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : Instant.ofEpochMilli(timestamp.getTime());
    }

    /** A {@code CHAR(1)} column may come back padded on some databases. */
    private static String trim(String flag) {
        return flag == null ? null : flag.trim();
    }
}
