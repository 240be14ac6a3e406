package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.model.DirectoryEntity;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import java.util.List;

/**
 * Finds the user directory a group lives in.
 * <p>
 * Jira hands groups out as Crowd's embedded {@code Group}, which carries only a name. When the
 * object is also one of Crowd's directory entities, it says its directory. Otherwise the group's
 * members tell: Crowd keeps a membership inside one directory, with the user and the group of
 * that directory, so a direct member's directory is the group's. One member is enough, and Jira
 * can name one without loading the whole group.
 */
final class GroupDirectoryLocator {
    /** A group with no members has no directory a cleanup could act in; nothing is decided for it. */
    static final long UNKNOWN_DIRECTORY = -1L;

    private final GroupManager groupManager;
    private final UserManager userManager;

    GroupDirectoryLocator(GroupManager groupManager, UserManager userManager) {
        this.groupManager = groupManager;
        this.userManager = userManager;
    }

    long directoryOf(Group group) {
        if (group instanceof DirectoryEntity) {
            return ((DirectoryEntity) group).getDirectoryId();
        }
        for (String name : groupManager.getNamesOfDirectMembersOfGroups(List.of(group.getName()), 1)) {
            ApplicationUser member = userManager.getUserByName(name);
            if (member != null) {
                return member.getDirectoryId();
            }
        }
        return UNKNOWN_DIRECTORY;
    }
}
