package io.usercleanup.devhost.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.application.ApplicationRole;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import io.atlassian.fugue.Option;
import io.usercleanup.core.model.Names;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jira's application roles from {@code devhost_application} and {@code licenserolesgroup}. A user
 * has a role when a member, directly or through nested groups, of one of its groups; only active
 * users count towards a role's users, as only they use a licence. Licences are unlimited.
 */
final class DevHostApplicationRoleManager implements ApplicationRoleManager {
    private final ApplicationRoleTable roles;
    private final GroupTable groups;
    private final UserTable users;

    DevHostApplicationRoleManager(ApplicationRoleTable roles, GroupTable groups, UserTable users) {
        this.roles = roles;
        this.groups = groups;
        this.users = users;
    }

    @Override
    public Option<ApplicationRole> getRole(ApplicationKey key) {
        return roles().stream().filter(role -> role.getKey().equals(key)).findFirst()
                .map(Option::some).orElseGet(Option::none);
    }

    /** Every role, in the fixture's order. */
    @Override
    public Set<ApplicationRole> getRoles() {
        return new LinkedHashSet<>(roles());
    }

    @Override
    public Set<ApplicationKey> getDefaultApplicationKeys() {
        return roles().stream().filter(ApplicationRole::isSelectedByDefault)
                .map(ApplicationRole::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public boolean hasAnyRole(ApplicationUser user) {
        if (user == null) {
            return false;
        }
        Set<String> userGroups = effectiveGroupKeys(user.getUsername());
        return getGroupsForLicensedRoles().stream().anyMatch(group -> userGroups.contains(Names.key(group.getName())));
    }

    @Override
    public Set<Group> getDefaultGroups(ApplicationKey key) {
        return getRole(key).map(ApplicationRole::getDefaultGroups).getOrElse(Set.of());
    }

    @Override
    public Set<Group> getGroupsForLicensedRoles() {
        Set<Group> all = new LinkedHashSet<>();
        roles().forEach(role -> all.addAll(role.getGroups()));
        return all;
    }

    @Override
    public int getRemainingSeats(ApplicationKey key) {
        return DevHostApplicationRole.UNLIMITED_SEATS;
    }

    @Override
    public Set<ApplicationRole> getRolesForGroup(Group group) {
        return roles().stream().filter(role -> role.getGroups().contains(group))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Distinct active users who are members, directly or through nested groups, of the role's groups. */
    @Override
    public int getUserCount(ApplicationKey key) {
        Optional<ApplicationRole> role = roles().stream().filter(r -> r.getKey().equals(key)).findFirst();
        if (role.isEmpty()) {
            return 0;
        }
        Set<Long> groupIds = new HashSet<>();
        role.get().getGroups().forEach(group -> groups.byName(group.getName()).ifPresent(row -> groupIds.add(row.id())));
        Set<String> members = new HashSet<>();
        if (!groupIds.isEmpty()) {
            members.addAll(groups.directMemberNames(groups.withNestedGroups(groupIds), Integer.MAX_VALUE));
        }
        return (int) members.stream().filter(name -> users.byName(name).map(ApplicationUser::isActive).orElse(false))
                .count();
    }

    private List<ApplicationRole> roles() {
        return roles.all().stream().<ApplicationRole>map(row -> new DevHostApplicationRole(
                ApplicationKey.valueOf(row.key()), row.name(), toGroups(row.groups()), toGroups(row.defaultGroups()),
                false)).toList();
    }

    private static Set<Group> toGroups(List<String> names) {
        return names.stream().map(DevHostGroup::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> effectiveGroupKeys(String username) {
        return users.byName(username)
                .map(user -> groups.byIds(groups.effectiveGroupIds(user.crowdUser().rowId())).stream()
                        .map(row -> Names.key(row.name())).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
