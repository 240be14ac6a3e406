package io.usercleanup.confluence;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.user.Group;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.directory.sql.SqlReadUnavailableException;
import io.usercleanup.core.model.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Confluence's users, groups, directories and its one application, read and changed through
 * Confluence's {@code UserAccessor}, its permission managers and its embedded Crowd. Whatever
 * Confluence throws while reading reaches the cleanup as a {@link DirectoryAccessException} saying
 * what was being read; a refused change is a {@link DirectoryChangeException} with the reason.
 * <p>
 * The direct members of the target groups, the one read that grows with the directory, come from
 * Confluence's Crowd and login tables in pages of a few thousand users ({@link SqlDirectMembers})
 * through SAL's {@link TransactionalExecutorFactory} when it is at hand; when it is missing, or the
 * tables cannot be read before the first user, they come through Confluence's user API, user by
 * user ({@link ApiDirectMembers}: slower, several queries per user).
 */
public final class ConfluenceUserDirectory implements UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceUserDirectory.class);

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
    private final ApiDirectMembers apiMembers;
    private final SqlDirectMembers sqlMembers;

    /** Reads group members through Confluence's user API only. */
    public ConfluenceUserDirectory(UserAccessor userAccessor, CrowdService crowdService,
                                   CrowdDirectoryService directoryService, LoginManager loginManager,
                                   SpacePermissionManager spacePermissions, PermissionManager permissionManager,
                                   com.atlassian.sal.api.user.UserManager groupSearch) {
        this(userAccessor, crowdService, directoryService, loginManager, spacePermissions, permissionManager,
                groupSearch, DeactivationMethod.of(UserAccessor.class), null);
    }

    /**
     * Reads group members from Confluence's database through SAL's executors, and through
     * Confluence's user API when that fails before the first user.
     */
    @Inject
    public ConfluenceUserDirectory(UserAccessor userAccessor, CrowdService crowdService,
                                   CrowdDirectoryService directoryService, LoginManager loginManager,
                                   SpacePermissionManager spacePermissions, PermissionManager permissionManager,
                                   com.atlassian.sal.api.user.UserManager groupSearch,
                                   TransactionalExecutorFactory executors) {
        this(userAccessor, crowdService, directoryService, loginManager, spacePermissions, permissionManager,
                groupSearch, DeactivationMethod.of(UserAccessor.class),
                executors == null ? null : new SqlDirectMembers(executors));
    }

    ConfluenceUserDirectory(UserAccessor userAccessor, CrowdService crowdService,
                            CrowdDirectoryService directoryService, LoginManager loginManager,
                            SpacePermissionManager spacePermissions, PermissionManager permissionManager,
                            com.atlassian.sal.api.user.UserManager groupSearch,
                            Optional<DeactivationMethod> deactivation, SqlDirectMembers sqlMembers) {
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
        this.apiMembers = new ApiDirectMembers(userAccessor, crowdService, users);
        this.sqlMembers = sqlMembers;
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

    /**
     * Asks Confluence's user accessor name by name ({@code getUserByName} finds deactivated users
     * too): the lists checked are a cleanup's excluded usernames, a few dozen at most.
     */
    @Override
    public Set<String> unknownUsernames(Collection<String> usernames) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : Names.distinct(usernames)) {
            if (users.find(name) == null) {
                unknown.add(name);
            }
        }
        return Collections.unmodifiableSet(unknown);
    }

    @Override
    public List<ApplicationInfo> applications() {
        return List.of(licensingGroups.application());
    }

    /**
     * Reads the members from Confluence's database when it can (see the class comment). What the
     * sink throws is the cleanup's own and passes unchanged.
     */
    @Override
    public void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink) {
        List<Group> groups = existingGroups(groupNames);
        if (sqlMembers != null) {
            try {
                sqlMembers.forEach(groups.stream().map(group -> group.getName()).toList(), sink);
                return;
            } catch (SqlReadUnavailableException e) {
                LOG.warn("User Cleanup could not read group members from Confluence's database ({}); it reads them"
                        + " through Confluence's user API instead, which is slower", e.getMessage());
            }
        }
        apiMembers.forEach(groups, sink);
    }

    /** Confluence's {@code getMemberNames} lists a group's effective members, nested groups included. */
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
        return ConfluenceReads.existingGroups(groupNames, name -> userAccessor.getGroup(name));
    }
}
