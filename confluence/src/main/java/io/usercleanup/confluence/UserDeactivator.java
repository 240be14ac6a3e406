package io.usercleanup.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.User;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.directory.DirectoryChangeException;

import java.util.Optional;

/**
 * Deactivates a user through Confluence's {@code UserAccessor}, which fires Confluence's events and
 * frees the licence. Its check asks Confluence's own questions first, the same for the change and
 * its dry run so that the two cannot drift:
 * <ul>
 * <li>the user's directory can change them ({@code UserAccessor.isReadOnly(User)});</li>
 * <li>the acting user holds {@code SET_PERMISSIONS} on them, which is what Confluence's
 *     deactivation demands: an administrator for an ordinary user, a system administrator for a
 *     system administrator;</li>
 * <li>the user is not the administrator the cleanup acts as: Confluence would let an administrator
 *     deactivate themself, and the app refuses, because a scheduled cleanup that did so would lock
 *     out the administrator it runs as.</li>
 * </ul>
 * Confluence's deactivation logs and swallows some failures (a user gone from Crowd), so the
 * change asks afterwards whether the user is deactivated, as Confluence's own action does.
 */
final class UserDeactivator {
    private final UserAccessor userAccessor;
    private final PermissionManager permissionManager;
    private final ConfluenceUsers users;
    private final CrowdDirectories directories;
    private final Optional<DeactivationMethod> method;

    UserDeactivator(UserAccessor userAccessor, PermissionManager permissionManager, ConfluenceUsers users,
                    CrowdDirectories directories, Optional<DeactivationMethod> method) {
        this.userAccessor = userAccessor;
        this.permissionManager = permissionManager;
        this.users = users;
        this.directories = directories;
        this.method = method;
    }

    void deactivate(String username) throws DirectoryChangeException {
        ConfluenceUser user = validate(username);
        if (user == null) {
            return;
        }
        try {
            method.orElseThrow().deactivate(userAccessor, user);
        } catch (RuntimeException e) {
            // The change concerns this one user; the reads just before show that Confluence answers.
            throw new DirectoryChangeException(failure(username) + ConfluenceReads.describe(e), e);
        }
        if (!users.isDeactivated(user)) {
            throw new DirectoryChangeException(failure(username) + "Confluence did not deactivate them (see its log)");
        }
    }

    /** What {@link #deactivate} asks before the change, and nothing more: a dry run's question. */
    void check(String username) throws DirectoryChangeException {
        validate(username);
    }

    /**
     * @return the user to deactivate, or {@code null} when the user is deactivated already
     *         (since the directory was read: what the cleanup wanted holds)
     */
    private ConfluenceUser validate(String username) throws DirectoryChangeException {
        ConfluenceUser user = users.find(username);
        if (user == null) {
            throw new DirectoryChangeException("user '" + username + "' no longer exists");
        }
        if (users.isDeactivated(user)) {
            return null;
        }
        if (ConfluenceReads.read("whether user '" + username + "' can be changed", () -> userAccessor.isReadOnly(user))) {
            User crowdUser = users.crowdUser(username);
            String directory = crowdUser == null ? "their directory" : directories.label(crowdUser.getDirectoryId());
            throw new DirectoryChangeException(failure(username) + directory + " is read-only");
        }
        ConfluenceUser acting = AuthenticatedUserThreadLocal.get();
        if (acting != null && Names.key(acting.getName()).equals(Names.key(username))) {
            throw new DirectoryChangeException(failure(username)
                    + "they are the administrator the cleanup acts as, who would be locked out");
        }
        if (!ConfluenceReads.read("the permissions on user '" + username + "'",
                () -> permissionManager.hasPermission(acting, Permission.SET_PERMISSIONS, user))) {
            throw new DirectoryChangeException(failure(username) + "Confluence refused it: " + Actor.describe(acting)
                    + " may not deactivate them (only a system administrator may deactivate a system administrator)");
        }
        if (method.isEmpty()) {
            throw new DirectoryChangeException(failure(username)
                    + "this Confluence offers neither deactivateUser nor deactivateUserLocally");
        }
        return user;
    }

    private static String failure(String username) {
        return "user '" + username + "' cannot be deactivated: ";
    }
}
