package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Confluence's {@code UserAccessor} over the dev host's Crowd tables, with Confluence 8.7.2's
 * rules as the adapter's notes (docs/confluence-stand-ins.md) record them:
 * <ul>
 * <li>{@code removeMembership} demands {@code EDIT} on the group and {@code deactivateUser}
 *     {@code SET_PERMISSIONS} on the user, for the thread's user
 *     ({@code AuthenticatedUserThreadLocal}); otherwise they throw, as Confluence throws its
 *     {@code InsufficientPrivilegeException};</li>
 * <li>a group or user whose directory does not allow the change ({@code UPDATE_GROUP},
 *     {@code UPDATE_USER}) is read-only, and changing it throws;</li>
 * <li>{@code removeMembership} answers {@code true} also where there was no membership, and
 *     {@code deactivateUser} logs and swallows a user missing from the directory, as Confluence does;</li>
 * <li>Confluence itself does not refuse to deactivate the acting administrator.</li>
 * </ul>
 * Users, groups and memberships are those of the directory fixture; member names are the
 * effective members, nested groups' members included, as Confluence's are (see docs/dev-host.md).
 */
final class DevHostUserAccessor implements UserAccessor {
    private static final Logger LOG = LoggerFactory.getLogger(DevHostUserAccessor.class);

    private final UserTable users;
    private final GroupTable groups;
    private final DirectoryTable directories;
    private final DevHostPermissionManager permissions;
    private final Clock clock;

    DevHostUserAccessor(UserTable users, GroupTable groups, DirectoryTable directories,
                        DevHostPermissionManager permissions, Clock clock) {
        this.users = users;
        this.groups = groups;
        this.directories = directories;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return users.byName(name).map(user -> (ConfluenceUser) new DevHostConfluenceUser(user.crowdUser())).orElse(null);
    }

    @Override
    public Group getGroup(String name) {
        return groups.byName(name).map(row -> (Group) new DevHostConfluenceGroup(row.name())).orElse(null);
    }

    /**
     * The group's effective members by name, as Confluence lists them: its embedded Crowd's
     * group manager asks Crowd for the members of the group, and Crowd answers a membership
     * search with the nested groups' members too (docs/confluence-api-facts.md). The group is its
     * name in every active directory; those of the group's own directory come first: Crowd keeps a
     * membership in one directory, with that directory's user and group, and a fixture may still
     * list a user in a group of another directory, which must not be the member that tells which
     * directory the group lives in (as on the dev host's Jira).
     */
    @Override
    public Pager<String> getMemberNames(Group group) {
        Optional<GroupTable.GroupRow> row = group == null ? Optional.empty() : groups.byName(group.getName());
        if (row.isEmpty()) {
            return new NamePager(List.of());
        }
        return new NamePager(users.membersOf(groups.withNestedGroups(groups.idsByName(row.get().name())),
                        row.get().directoryId()).stream()
                .map(DevHostApplicationUser::getUsername)
                .toList());
    }

    @Override
    public boolean isReadOnly(User user) {
        return crowdUser(user).map(row -> !allows(row.getDirectoryId(), OperationType.UPDATE_USER)).orElse(false);
    }

    @Override
    public boolean isReadOnly(Group group) {
        return group != null && groups.byName(group.getName())
                .map(row -> !allows(row.directoryId(), OperationType.UPDATE_GROUP)).orElse(false);
    }

    @Override
    public boolean isDeactivated(User user) {
        return crowdUser(user).map(row -> !row.isActive()).orElse(false);
    }

    @Override
    public void deactivateUser(User user) {
        requirePermission(Permission.SET_PERMISSIONS, user, "deactivate user '" + name(user) + "'");
        Optional<DevHostCrowdUser> row = crowdUser(user);
        if (row.isEmpty()) {
            LOG.warn("Could not deactivate user '{}': no such user in the directory", name(user));
            return;
        }
        if (!allows(row.get().getDirectoryId(), OperationType.UPDATE_USER)) {
            throw new IllegalStateException("Cannot deactivate user '" + row.get().getName() + "': directory '"
                    + directoryName(row.get().getDirectoryId()) + "' is read-only");
        }
        users.setActive(row.get().rowId(), false, clock.instant());
    }

    /** Played as {@link #deactivateUser}: what Confluence 9.5 does differently was not seen. */
    @Override
    public void deactivateUserLocally(User user) {
        deactivateUser(user);
    }

    @Override
    public boolean removeMembership(Group group, User user) {
        requirePermission(Permission.EDIT, group, "change the members of group '" + group.getName() + "'");
        Optional<GroupTable.GroupRow> groupRow = groups.byName(group.getName());
        Optional<DevHostCrowdUser> userRow = crowdUser(user);
        if (groupRow.isEmpty() || userRow.isEmpty()) {
            return true;
        }
        if (!allows(groupRow.get().directoryId(), OperationType.UPDATE_GROUP)) {
            throw new IllegalStateException("Cannot update group '" + groupRow.get().name() + "': directory '"
                    + directoryName(groupRow.get().directoryId()) + "' is read-only");
        }
        // The membership may be in the group of that name of another directory (see getMemberNames).
        for (Long groupId : groups.idsByName(groupRow.get().name())) {
            groups.removeDirectMember(userRow.get().rowId(), groupId);
        }
        return true;
    }

    private void requirePermission(Permission permission, Object target, String what) {
        ConfluenceUser acting = AuthenticatedUserThreadLocal.get();
        if (!permissions.hasPermission(acting, permission, target)) {
            throw new SecurityException((acting == null ? "An anonymous user" : "User '" + acting.getName() + "'")
                    + " does not have permission to " + what);
        }
    }

    private Optional<DevHostCrowdUser> crowdUser(User user) {
        return user == null ? Optional.empty() : users.byName(user.getName()).map(DevHostApplicationUser::crowdUser);
    }

    private boolean allows(long directoryId, OperationType operation) {
        return directories.byId(directoryId).map(directory -> directory.allows(operation)).orElse(false);
    }

    private String directoryName(long directoryId) {
        return directories.byId(directoryId).map(DevHostDirectory::getName).orElse(String.valueOf(directoryId));
    }

    private static String name(User user) {
        return user == null ? null : user.getName();
    }
}
