package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira's group manager over the Crowd tables. As in Jira, {@code getUserNamesInGroup},
 * {@code isUserInGroup} and {@code getGroupsForUser} follow nested groups, while
 * {@code getDirectUsersInGroup} and {@code getNamesOfDirectMembersOfGroups} do not; deactivated
 * users are members like any other.
 */
final class DevHostGroupManager implements GroupManager {
    private final GroupTable groups;
    private final UserTable users;

    DevHostGroupManager(GroupTable groups, UserTable users) {
        this.groups = groups;
        this.users = users;
    }

    @Override
    public boolean groupExists(String groupName) {
        return groups.byName(groupName).isPresent();
    }

    @Override
    public boolean groupExists(Group group) {
        return group != null && groupExists(group.getName());
    }

    /** Every group, sorted by name ignoring case, as Jira lists them. */
    @Override
    @Deprecated
    public Collection<Group> getAllGroups() {
        Set<Group> all = new LinkedHashSet<>();
        groups.all().forEach(row -> all.add(row.toGroup()));
        return List.copyOf(all);
    }

    @Override
    public Group getGroup(String groupName) {
        return groups.byName(groupName).map(GroupTable.GroupRow::toGroup).orElse(null);
    }

    /** An unknown name still gives a group object, which then has no members. */
    @Override
    public Group getGroupEvenWhenUnknown(String groupName) {
        Group group = getGroup(groupName);
        return group != null ? group : new DevHostGroup(groupName);
    }

    @Override
    @Deprecated
    public Group getGroupObject(String groupName) {
        return getGroup(groupName);
    }

    @Override
    public boolean isUserInGroup(String username, String groupname) {
        Optional<DevHostApplicationUser> user = users.byName(username);
        Optional<GroupTable.GroupRow> group = groups.byName(groupname);
        return user.isPresent() && group.isPresent()
                && groups.effectiveGroupIds(user.get().crowdUser().rowId()).contains(group.get().id());
    }

    @Override
    public boolean isUserInGroup(ApplicationUser user, Group group) {
        return user != null && group != null && isUserInGroup(user.getUsername(), group.getName());
    }

    @Override
    public Collection<String> getUserNamesInGroup(Group group) {
        return getUserNamesInGroup(group.getName());
    }

    /** The direct and nested members' usernames, sorted. */
    @Override
    public Collection<String> getUserNamesInGroup(String groupName) {
        return groups.byName(groupName)
                .map(group -> groups.directMemberNames(groups.withNestedGroups(List.of(group.id())), Integer.MAX_VALUE))
                .orElse(List.of());
    }

    /** The direct user members only, sorted by username; shadowed usernames are not members (see {@link UserTable#directMembers}). */
    @Override
    public Collection<ApplicationUser> getDirectUsersInGroup(Group group) {
        return groups.byName(group.getName())
                .<Collection<ApplicationUser>>map(row -> List.copyOf(users.directMembers(row.name())))
                .orElse(List.of());
    }

    @Override
    public Collection<Group> getGroupsForUser(String userName) {
        return users.byName(userName)
                .map(user -> groups.byIds(groups.effectiveGroupIds(user.crowdUser().rowId())).stream()
                        .map(GroupTable.GroupRow::toGroup)
                        .<Group>map(group -> group)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Collection<String> getGroupNamesForUser(String userName) {
        return getGroupsForUser(userName).stream().map(Group::getName).collect(Collectors.toList());
    }

    @Override
    public Collection<String> getGroupNamesForUser(ApplicationUser user) {
        return getGroupNamesForUser(user.getUsername());
    }

    /**
     * Usernames of direct members of the groups, at most {@code limit}. For a single group the
     * members of the group's own directory come first (see
     * {@link GroupTable#directMemberNamesOwnDirectoryFirst}).
     */
    @Override
    public Collection<String> getNamesOfDirectMembersOfGroups(Collection<String> groupNames, int limit) {
        List<GroupTable.GroupRow> rows = new ArrayList<>();
        groupNames.forEach(name -> groups.byName(name).ifPresent(rows::add));
        if (rows.size() == 1) {
            return groups.directMemberNamesOwnDirectoryFirst(rows.get(0), limit);
        }
        return groups.directMemberNames(rows.stream().map(GroupTable.GroupRow::id).toList(), limit);
    }

    /** The given users who are direct members of every one of the groups. */
    @Override
    public Collection<String> filterUsersInAllGroupsDirect(Collection<String> userNames, Collection<String> groupNames) {
        List<GroupTable.GroupRow> rows = new ArrayList<>();
        for (String name : groupNames) {
            Optional<GroupTable.GroupRow> row = groups.byName(name);
            if (row.isEmpty()) {
                return List.of();
            }
            rows.add(row.get());
        }
        List<String> matching = new ArrayList<>();
        for (String userName : userNames) {
            users.byName(userName).ifPresent(user -> {
                long userId = user.crowdUser().rowId();
                if (rows.stream().allMatch(row -> groups.isDirectMember(userId, row.id()))) {
                    matching.add(user.getUsername());
                }
            });
        }
        matching.sort((a, b) -> Names.key(a).compareTo(Names.key(b)));
        return matching;
    }
}
