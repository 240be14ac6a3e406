package io.usercleanup.confluence;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.user.Group;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.Names;

import javax.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Confluence's users, groups, directories and its one application, read and changed through
 * Confluence's {@code UserAccessor}, its permission managers and its embedded Crowd. Whatever
 * Confluence throws while reading reaches the cleanup as a {@link DirectoryAccessException} saying
 * what was being read; a refused change is a {@link DirectoryChangeException} with the reason.
 */
public final class ConfluenceUserDirectory implements UserDirectory {
    private final UserAccessor userAccessor;
    private final CrowdService crowdService;
    private final CrowdDirectories directories;
    private final LicensingGroups licensingGroups;
    private final ConfluenceUsers users;
    private final MembershipRemover membershipRemover;
    private final UserDeactivator userDeactivator;
    private final ActingAdministrator actingAdministrator;
    private final com.atlassian.sal.api.user.UserManager groupSearch;
    private final GroupDirectoryLocator groupDirectories;

    @Inject
    public ConfluenceUserDirectory(UserAccessor userAccessor, CrowdService crowdService,
                                   CrowdDirectoryService directoryService, LoginManager loginManager,
                                   SpacePermissionManager spacePermissions, PermissionManager permissionManager,
                                   com.atlassian.sal.api.user.UserManager groupSearch) {
        this(userAccessor, crowdService, directoryService, loginManager, spacePermissions, permissionManager,
                groupSearch, DeactivationMethod.of(UserAccessor.class));
    }

    ConfluenceUserDirectory(UserAccessor userAccessor, CrowdService crowdService,
                            CrowdDirectoryService directoryService, LoginManager loginManager,
                            SpacePermissionManager spacePermissions, PermissionManager permissionManager,
                            com.atlassian.sal.api.user.UserManager groupSearch,
                            Optional<DeactivationMethod> deactivation) {
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.crowdService = Objects.requireNonNull(crowdService, "crowdService");
        this.directories = new CrowdDirectories(Objects.requireNonNull(directoryService, "directoryService"));
        this.licensingGroups = new LicensingGroups(Objects.requireNonNull(spacePermissions, "spacePermissions"));
        this.users = new ConfluenceUsers(userAccessor, crowdService, Objects.requireNonNull(loginManager, "loginManager"));
        Objects.requireNonNull(permissionManager, "permissionManager");
        this.groupDirectories = new GroupDirectoryLocator(userAccessor, crowdService);
        this.membershipRemover = new MembershipRemover(userAccessor, crowdService, permissionManager, users, directories,
                groupDirectories);
        this.userDeactivator = new UserDeactivator(userAccessor, permissionManager, users, directories, deactivation);
        this.actingAdministrator = new ActingAdministrator(users);
        this.groupSearch = Objects.requireNonNull(groupSearch, "groupSearch");
    }

    @Override
    public List<DirectoryInfo> directories() {
        return directories.all();
    }

    /**
     * Confluence's group has no directory; it comes from the group as Crowd holds it when that is a
     * Crowd {@code DirectoryEntity}. Crowd's embedded service may hand out groups that carry only a
     * name; then a direct member tells, as Crowd keeps a membership inside one directory, with the
     * user and the group of that directory (the Jira adapter's rule). Without either it is unknown
     * ({@code -1}), and the cleanup decides nothing in that group.
     */
    @Override
    public Optional<GroupInfo> findGroup(String name) {
        Objects.requireNonNull(name, "name");
        Group group = ConfluenceReads.read("the group '" + name + "'", () -> userAccessor.getGroup(name));
        if (group == null) {
            return Optional.empty();
        }
        com.atlassian.crowd.embedded.api.Group crowdGroup = ConfluenceReads.read("the directory group '" + name + "'",
                () -> crowdService.getGroup(name));
        long directoryId = groupDirectories.directoryOf(group, crowdGroup);
        return Optional.of(new GroupInfo(group.getName(), directoryId));
    }

    /** Through SAL's prefix search, which every product answers with a paged group search. */
    @Override
    public List<String> findGroupNames(String prefix, int start, int limit) {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: " + start);
        }
        if (limit <= 0) {
            return List.of();
        }
        String wanted = prefix == null ? "" : prefix;
        return ConfluenceReads.read("the groups", () -> {
            List<String> names = new ArrayList<>();
            for (String name : groupSearch.findGroupNamesByPrefix(wanted, start, limit)) {
                if (names.size() == limit) {
                    break;
                }
                names.add(name);
            }
            return names;
        });
    }

    @Override
    public List<ApplicationInfo> applications() {
        return List.of(licensingGroups.application());
    }

    /**
     * Reads every group's member names page by page (see {@link GroupMemberNames}), then hands out
     * the users one at a time, each read when it is handed out. A name whose user is gone by then
     * is skipped. What the sink throws is the cleanup's own and passes unchanged.
     */
    @Override
    public void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink) {
        GroupMemberNames members = GroupMemberNames.of(userAccessor, existingGroups(groupNames));
        for (GroupMemberNames.Member member : members.all()) {
            ConfluenceUser user = users.find(member.username());
            if (user != null) {
                DirectoryUser directoryUser = ConfluenceReads.read("the user '" + member.username() + "'",
                        () -> users.toDirectoryUser(user, member.groups()));
                sink.accept(directoryUser);
            }
        }
    }

    @Override
    public Set<String> memberKeysIncludingNested(Collection<String> groupNames) {
        Set<String> keys = new HashSet<>();
        for (GroupMemberNames.Member member : GroupMemberNames.of(userAccessor, existingGroups(groupNames)).all()) {
            keys.add(Names.key(member.username()));
        }
        return Set.copyOf(keys);
    }

    @Override
    public void removeFromGroup(String username, String groupName) throws DirectoryChangeException {
        membershipRemover.remove(username, groupName);
    }

    @Override
    public void checkRemoveFromGroup(String username, String groupName) throws DirectoryChangeException {
        membershipRemover.check(username, groupName);
    }

    @Override
    public void deactivate(String username) throws DirectoryChangeException {
        userDeactivator.deactivate(username);
    }

    @Override
    public void checkDeactivate(String username) throws DirectoryChangeException {
        userDeactivator.check(username);
    }

    /** Sets Confluence's user on this thread for the changes (see {@link ActingAdministrator}). */
    @Override
    public void actingAs(String administrator, Runnable changes) {
        actingAdministrator.run(administrator, changes);
    }

    /** The named groups, once each (names compared ignoring case); a missing one stops the read. */
    private List<Group> existingGroups(Collection<String> groupNames) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String name : groupNames) {
            if (groups.containsKey(Names.key(name))) {
                continue;
            }
            Group group = ConfluenceReads.read("the group '" + name + "'", () -> userAccessor.getGroup(name));
            if (group == null) {
                throw new DirectoryAccessException("The group '" + name + "' does not exist in Confluence");
            }
            groups.put(Names.key(name), group);
        }
        return new ArrayList<>(groups.values());
    }
}
