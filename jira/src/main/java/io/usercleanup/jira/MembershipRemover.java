package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.runtime.GroupNotFoundException;
import com.atlassian.crowd.exception.runtime.UserNotFoundException;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.usercleanup.core.directory.DirectoryChangeException;

import java.util.Optional;

/**
 * Removes a user's direct membership of a group. Jira's {@code GroupManager} cannot remove
 * memberships, so this goes through Crowd with the user's directory user.
 */
final class MembershipRemover {
    private final UserManager userManager;
    private final GroupManager groupManager;
    private final CrowdService crowdService;
    private final DirectoryLookup directories;

    MembershipRemover(UserManager userManager, GroupManager groupManager, CrowdService crowdService,
                      DirectoryLookup directories) {
        this.userManager = userManager;
        this.groupManager = groupManager;
        this.crowdService = crowdService;
        this.directories = directories;
    }

    void remove(String username, String groupName) throws DirectoryChangeException {
        Removal removal = prepare(username, groupName);
        if (!removeInCrowd(removal.user(), removal.group(), removal.directoryLabel(), removal.failure())) {
            throw notDirect(username, groupName);
        }
    }

    /**
     * What {@link #remove} checks before it changes the membership, and whether there is a direct
     * membership to remove (where the removal learns it from Crowd's answer): a dry run's question.
     */
    void check(String username, String groupName) throws DirectoryChangeException {
        Removal removal = prepare(username, groupName);
        boolean direct;
        try {
            direct = crowdService.isUserDirectGroupMember(removal.user().getDirectoryUser(), removal.group());
        } catch (RuntimeException e) {
            // As for the removal itself: the lookups just before show that the directory answers.
            throw new DirectoryChangeException(removal.failure() + JiraReads.describe(e), e);
        }
        if (!direct) {
            throw notDirect(username, groupName);
        }
    }

    /** The reads and checks before a removal, shared by the removal and its dry run's check. */
    private Removal prepare(String username, String groupName) throws DirectoryChangeException {
        ApplicationUser user = JiraReads.read("the user '" + username + "'",
                () -> userManager.getUserByName(username));
        if (user == null) {
            throw new DirectoryChangeException("user '" + username + "' no longer exists");
        }
        Group group = JiraReads.read("the group '" + groupName + "'", () -> groupManager.getGroup(groupName));
        if (group == null) {
            throw new DirectoryChangeException("group '" + groupName + "' no longer exists");
        }
        String failure = "user '" + username + "' cannot be removed from group '" + groupName + "': ";
        // The membership lives in the user's directory, so that directory decides whether it may change.
        Optional<Directory> directory = directories.byId(user.getDirectoryId());
        if (directory.isPresent() && DirectoryInfoMapper.isReadOnly(directory.get())) {
            throw new DirectoryChangeException(failure + DirectoryLookup.label(directory.get()) + " is read-only");
        }
        return new Removal(user, group, DirectoryLookup.label(user.getDirectoryId(), directory), failure);
    }

    private static DirectoryChangeException notDirect(String username, String groupName) {
        return new DirectoryChangeException(
                "user '" + username + "' is no longer a direct member of group '" + groupName + "'");
    }

    /** A membership that passed the checks before its removal. */
    private record Removal(ApplicationUser user, Group group, String directoryLabel, String failure) {
    }

    /**
     * A failure of the removal itself concerns this one membership, and the lookups just before
     * it have shown that the directory answers, so it fails the membership, not the run.
     */
    private boolean removeInCrowd(ApplicationUser user, Group group, String directoryLabel, String failure)
            throws DirectoryChangeException {
        try {
            return crowdService.removeUserFromGroup(user.getDirectoryUser(), group);
        } catch (OperationNotPermittedException e) {
            throw new DirectoryChangeException(
                    failure + "the " + directoryLabel + " does not allow it (" + JiraReads.describe(e) + ")", e);
        } catch (UserNotFoundException e) {
            throw new DirectoryChangeException("user '" + user.getUsername() + "' no longer exists", e);
        } catch (GroupNotFoundException e) {
            throw new DirectoryChangeException("group '" + group.getName() + "' no longer exists", e);
        } catch (RuntimeException e) {
            throw new DirectoryChangeException(failure + JiraReads.describe(e), e);
        }
    }
}
