package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.embedded.api.User;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.runtime.GroupNotFoundException;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.crowd.exception.runtime.UserNotFoundException;

import java.util.Optional;

/**
 * Crowd's service for users, groups and memberships over the Crowd tables. Membership checks
 * include nested groups, as Crowd's do; a removal is decided by the directory the user (and so the
 * membership) lives in, which must allow {@code UPDATE_GROUP}.
 */
final class DevHostCrowdService implements CrowdService {
    private final UserTable users;
    private final GroupTable groups;
    private final DirectoryTable directories;

    DevHostCrowdService(UserTable users, GroupTable groups, DirectoryTable directories) {
        this.users = users;
        this.groups = groups;
        this.directories = directories;
    }

    @Override
    public User getUser(String name) {
        return users.byName(name).map(DevHostApplicationUser::crowdUser).orElse(null);
    }

    @Override
    public Group getGroup(String name) {
        return groups.byName(name).map(GroupTable.GroupRow::toGroup).orElse(null);
    }

    @Override
    public boolean isUserMemberOfGroup(String userName, String groupName) {
        Optional<DevHostApplicationUser> user = users.byName(userName);
        Optional<GroupTable.GroupRow> group = groups.byName(groupName);
        if (user.isEmpty() || group.isEmpty()) {
            return false;
        }
        return groups.effectiveGroupIds(user.get().crowdUser().rowId()).contains(group.get().id());
    }

    @Override
    public boolean isUserMemberOfGroup(User user, Group group) {
        return isUserMemberOfGroup(user.getName(), group.getName());
    }

    /**
     * As Crowd: the user and the group must exist, the user's directory must allow group updates
     * ({@code OperationNotPermittedException} with Crowd's message otherwise), and the answer is
     * {@code false} when there was no direct membership to remove.
     */
    @Override
    public boolean removeUserFromGroup(User user, Group group)
            throws GroupNotFoundException, UserNotFoundException, OperationNotPermittedException,
            OperationFailedException {
        DevHostCrowdUser member = users.byName(user.getName())
                .map(DevHostApplicationUser::crowdUser)
                .orElseThrow(() -> new UserNotFoundException(user.getName()));
        GroupTable.GroupRow row = groups.byName(group.getName())
                .orElseThrow(() -> new GroupNotFoundException(group.getName()));
        DevHostDirectory directory = directories.byId(member.getDirectoryId())
                .orElseThrow(() -> new OperationFailedException("Directory " + member.getDirectoryId() + " does not exist"));
        if (!directory.allows(OperationType.UPDATE_GROUP)) {
            throw new OperationNotPermittedException("Cannot update group '" + row.name() + "' because directory '"
                    + directory.getName() + "' does not allow updates.");
        }
        return groups.removeDirectMember(member.rowId(), row.id());
    }

    /** A group is its name in every active directory, as in the members' reads (see {@link GroupTable#idsByName}). */
    @Override
    public boolean isUserDirectGroupMember(User user, Group group) {
        Optional<DevHostApplicationUser> member = users.byName(user.getName());
        return member.isPresent() && groups.idsByName(group.getName()).stream()
                .anyMatch(groupId -> groups.isDirectMember(member.get().crowdUser().rowId(), groupId));
    }
}
