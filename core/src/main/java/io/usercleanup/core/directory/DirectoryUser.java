package io.usercleanup.core.directory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user as a cleanup sees it.
 *
 * @param username     the username
 * @param displayName  the full name
 * @param email        the email address, or {@code null}
 * @param directoryId  the directory the user lives in
 * @param active       {@code false} for a deactivated user
 * @param created      when the user was created, or {@code null} when unknown
 * @param lastLogin    the last successful login, or {@code null} when never logged in
 * @param directGroups the user's direct memberships among the groups that were asked for
 */
public record DirectoryUser(
        String username,
        String displayName,
        String email,
        long directoryId,
        boolean active,
        Instant created,
        Instant lastLogin,
        List<String> directGroups) {

    public DirectoryUser {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null ? username : displayName;
        directGroups = List.copyOf(directGroups);
    }
}
