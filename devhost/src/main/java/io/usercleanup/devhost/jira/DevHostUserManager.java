package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Jira's user manager over {@code cwd_user}. A user can be updated (and so deactivated) only when
 * the user's directory allows {@code UPDATE_USER}, which a read-only directory does not.
 */
final class DevHostUserManager implements UserManager {
    /** Jira's directory id for a user it only knows by key. */
    private static final long UNKNOWN_DIRECTORY = -1L;

    private final UserTable users;
    private final DirectoryTable directories;

    DevHostUserManager(UserTable users, DirectoryTable directories) {
        this.users = users;
        this.directories = directories;
    }

    /** All users, active or not. */
    @Override
    public int getTotalUserCount() {
        return users.count();
    }

    @Override
    @Deprecated
    public Collection<ApplicationUser> getAllApplicationUsers() {
        return List.copyOf(users.all());
    }

    @Override
    public Optional<ApplicationUser> getUserById(Long id) {
        return id == null ? Optional.empty() : users.byId(id).map(user -> user);
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return users.byKey(userKey).orElse(null);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return users.byName(userName).orElse(null);
    }

    /** For a key nobody has, an inactive placeholder user, as Jira gives for a deleted user. */
    @Override
    public ApplicationUser getUserByKeyEvenWhenUnknown(String userKey) {
        ApplicationUser user = getUserByKey(userKey);
        if (user != null || userKey == null) {
            return user;
        }
        return new DevHostApplicationUser(null, userKey, new DevHostCrowdUser(-1L, UNKNOWN_DIRECTORY, userKey, false,
                null, userKey, null, userKey, null, null, null));
    }

    @Override
    public boolean canUpdateUser(ApplicationUser user) {
        return user != null && directories.byId(user.getDirectoryId())
                .map(directory -> directory.allows(OperationType.UPDATE_USER))
                .orElse(false);
    }
}
