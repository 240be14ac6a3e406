package io.usercleanup.core.directory.sql;

import java.time.Instant;

/**
 * One row of {@link MemberQueries#memberPage}: a user and one of its direct memberships.
 *
 * @param userId      {@code cwd_user.id}
 * @param username    the username
 * @param displayName the display name, or {@code null}
 * @param email       the email address, or {@code null}
 * @param directoryId the user's directory
 * @param active      whether the user is active
 * @param created     when the user was created, or {@code null}
 * @param lastLogin   the last successful login, or {@code null}
 * @param groupId     the group row of the membership
 */
public record MemberRow(long userId, String username, String displayName, String email, long directoryId,
                        boolean active, Instant created, Instant lastLogin, long groupId) {
}
