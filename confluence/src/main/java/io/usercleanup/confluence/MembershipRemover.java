package io.usercleanup.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.user.Group;
import io.usercleanup.core.directory.DirectoryChangeException;

/**
 * Removes a user's direct membership of a group through Confluence's {@code UserAccessor}, which
 * checks the acting user's {@code EDIT} permission on the group and resets Confluence's count of
 * licensed users. The removal and its dry run's check share every question before the change, so
 * they cannot drift: user and group exist, the group can be changed (Confluence's own group editor
 * treats a read-only group so), the acting user may edit it, and the membership is direct (asked
 * of Crowd: Confluence's removal answers {@code true} even where there was nothing to remove).
 */
final class MembershipRemover {
    private final UserAccessor userAccessor;
    private final CrowdService crowdService;
    private final PermissionManager permissionManager;
    private final ConfluenceUsers users;
    private final CrowdDirectories directories;
    private final GroupDirectoryLocator groupDirectories;

    MembershipRemover(UserAccessor userAccessor, CrowdService crowdService, PermissionManager permissionManager,
                      ConfluenceUsers users, CrowdDirectories directories, GroupDirectoryLocator groupDirectories) {
        this.groupDirectories = groupDirectories;
        this.userAccessor = userAccessor;
        this.crowdService = crowdService;
        this.permissionManager = permissionManager;
        this.users = users;
        this.directories = directories;
    }

    void remove(String username, String groupName) throws DirectoryChangeException {
        Removal removal = prepare(username, groupName);
        boolean removed;
        try {
            removed = userAccessor.removeMembership(removal.group(), removal.user());
        } catch (RuntimeException e) {
            // The change concerns this one membership; the reads just before show that Confluence answers.
            throw new DirectoryChangeException(removal.failure() + ConfluenceReads.describe(e), e);
        }
        if (!removed) {
            throw new DirectoryChangeException(removal.failure() + "Confluence could not remove it (see its log)");
        }
    }

    /** What {@link #remove} asks before it changes the membership, and nothing more: a dry run's question. */
    void check(String username, String groupName) throws DirectoryChangeException {
        prepare(username, groupName);
    }

    private Removal prepare(String username, String groupName) throws DirectoryChangeException {
        ConfluenceUser user = users.find(username);
        if (user == null) {
            throw new DirectoryChangeException("user '" + username + "' no longer exists");
        }
        Group group = ConfluenceReads.read("the group '" + groupName + "'", () -> userAccessor.getGroup(groupName));
        if (group == null) {
            throw new DirectoryChangeException("group '" + groupName + "' no longer exists");
        }
        String failure = "user '" + username + "' cannot be removed from group '" + groupName + "': ";
        com.atlassian.crowd.embedded.api.Group crowdGroup = ConfluenceReads.read("the directory group '" + groupName + "'",
                () -> crowdService.getGroup(groupName));
        if (ConfluenceReads.read("whether group '" + groupName + "' is read-only", () -> userAccessor.isReadOnly(group))) {
            throw new DirectoryChangeException(failure + directoryOf(group, crowdGroup) + " is read-only");
        }
        ConfluenceUser acting = AuthenticatedUserThreadLocal.get();
        if (!ConfluenceReads.read("the permissions on group '" + groupName + "'",
                () -> permissionManager.hasPermission(acting, Permission.EDIT, group))) {
            throw new DirectoryChangeException(failure + "Confluence refused it: " + Actor.describe(acting)
                    + " may not change the members of that group");
        }
        com.atlassian.crowd.embedded.api.User crowdUser = users.crowdUser(username);
        if (crowdUser == null || crowdGroup == null || !isDirectMember(crowdUser, crowdGroup, failure)) {
            throw new DirectoryChangeException(
                    "user '" + username + "' is no longer a direct member of group '" + groupName + "'");
        }
        return new Removal(user, group, failure);
    }

    private boolean isDirectMember(com.atlassian.crowd.embedded.api.User user,
                                   com.atlassian.crowd.embedded.api.Group group, String failure)
            throws DirectoryChangeException {
        try {
            return crowdService.isUserDirectGroupMember(user, group);
        } catch (RuntimeException e) {
            // As for the removal itself: the lookups just before show that the directory answers.
            throw new DirectoryChangeException(failure + ConfluenceReads.describe(e), e);
        }
    }

    private String directoryOf(Group group, com.atlassian.crowd.embedded.api.Group crowdGroup) {
        long directoryId = groupDirectories.directoryOf(group, crowdGroup);
        return directoryId == ConfluenceUsers.UNKNOWN_DIRECTORY ? "the group's directory"
                : "the group's " + directories.label(directoryId);
    }

    /** A membership that passed the checks before its removal. */
    private record Removal(ConfluenceUser user, Group group, String failure) {
    }
}
