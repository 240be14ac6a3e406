package io.usercleanup.jira;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One row of {@link CrowdTableQueries#memberPage}: a user and one of its direct memberships.
 *
 * @param userId      {@code cwd_user.id}
 * @param key         the lower-cased username, as Crowd stores it
 * @param username    the username
 * @param displayName the display name, or {@code null}
 * @param email       the email address, or {@code null}
 * @param directoryId the user's directory
 * @param active      whether the user is active
 * @param created     when the user was created, or {@code null}
 * @param lastLogin   the raw {@code login.lastLoginMillis} attribute, or {@code null}
 * @param groupId     the {@code cwd_group.id} of the membership
 */
record MemberRow(long userId, String key, String username, String displayName, String email, long directoryId,
                 boolean active, Instant created, String lastLogin, long groupId) {

    /**
     * Reads the current row. The creation date is read as Jira's entity engine reads it, as a
     * {@link Timestamp} in the JVM's time zone, so that it is the instant Jira's own user objects carry.
     */
    static MemberRow read(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_date");
        return new MemberRow(rs.getLong("id"), rs.getString("lower_user_name"), rs.getString("user_name"),
                rs.getString("display_name"), rs.getString("email_address"), rs.getLong("directory_id"),
                rs.getInt("active") == 1, created == null ? null : Instant.ofEpochMilli(created.getTime()),
                rs.getString("last_login"), rs.getLong("parent_id"));
    }

    /** The last login; a value that is not a number counts as none, as Jira's login service treats it. */
    Instant lastLoginInstant() {
        if (lastLogin == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(lastLogin.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
