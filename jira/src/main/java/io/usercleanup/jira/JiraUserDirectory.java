package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.application.ApplicationRole;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.security.login.LoginService;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Jira's users, groups, directories and applications, read and changed through Jira's and its
 * embedded Crowd's services. Whatever Jira throws while reading reaches the cleanup as a
 * {@link DirectoryAccessException} saying what was being read.
 * <p>
 * The members of the target groups, the one read that grows with the directory, come from Jira's
 * Crowd tables in pages of a few thousand users ({@link SqlDirectMembers}) when Jira's
 * {@link DatabaseAccessor} is at hand; when it is missing, or the tables cannot be read before
 * the first user, they come through Jira's user API, user by user, as before (slower, and it holds
 * every member in memory, which suits small directories only).
 */
public final class JiraUserDirectory implements UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(JiraUserDirectory.class);
    private static final Comparator<String> BY_NAME =
            Comparator.comparing(Names::key).thenComparing(Comparator.naturalOrder());

    private final GroupManager groupManager;
    private final ApplicationRoleManager roleManager;
    private final DirectoryLookup directories;
    private final GroupDirectoryLocator groupLocator;
    private final DirectoryUserMapper userMapper;
    private final MembershipRemover membershipRemover;
    private final UserDeactivator userDeactivator;
    private final ActingAdministrator actingAdministrator;
    private final SqlDirectMembers sqlMembers;
    private final com.atlassian.sal.api.user.UserManager groupSearch;
    private final UserManager userManager;

    /** Reads group members through Jira's user API only. */
    public JiraUserDirectory(CrowdDirectoryService directoryService, CrowdService crowdService,
                             GroupManager groupManager, UserManager userManager, UserService userService,
                             LoginService loginService, ApplicationRoleManager roleManager,
                             JiraAuthenticationContext authentication, com.atlassian.sal.api.user.UserManager groupSearch) {
        this(directoryService, crowdService, groupManager, userManager, userService, loginService, roleManager,
                authentication, groupSearch, (SqlDirectMembers) null);
    }

    /**
     * Reads group members from Jira's database through the accessor, and through Jira's user API
     * when that fails before the first user.
     */
    @Inject
    public JiraUserDirectory(CrowdDirectoryService directoryService, CrowdService crowdService,
                             GroupManager groupManager, UserManager userManager, UserService userService,
                             LoginService loginService, ApplicationRoleManager roleManager,
                             JiraAuthenticationContext authentication, com.atlassian.sal.api.user.UserManager groupSearch,
                             DatabaseAccessor database) {
        this(directoryService, crowdService, groupManager, userManager, userService, loginService, roleManager,
                authentication, groupSearch, database == null ? null : new SqlDirectMembers(database));
    }

    JiraUserDirectory(CrowdDirectoryService directoryService, CrowdService crowdService,
                      GroupManager groupManager, UserManager userManager, UserService userService,
                      LoginService loginService, ApplicationRoleManager roleManager,
                      JiraAuthenticationContext authentication, com.atlassian.sal.api.user.UserManager groupSearch,
                      SqlDirectMembers sqlMembers) {
        this.groupManager = groupManager;
        this.roleManager = roleManager;
        this.directories = new DirectoryLookup(directoryService);
        this.groupLocator = new GroupDirectoryLocator(groupManager, userManager);
        this.userMapper = new DirectoryUserMapper(loginService);
        this.membershipRemover = new MembershipRemover(userManager, groupManager, crowdService, directories);
        this.userDeactivator = new UserDeactivator(userManager, userService, directories);
        this.actingAdministrator = new ActingAdministrator(
                Objects.requireNonNull(authentication, "authentication"), userManager);
        this.sqlMembers = sqlMembers;
        this.groupSearch = Objects.requireNonNull(groupSearch, "groupSearch");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    @Override
    public List<DirectoryInfo> directories() {
        return JiraReads.read("the user directories", () -> directories.all().stream()
                .map(DirectoryInfoMapper::toInfo)
                .collect(Collectors.toList()));
    }

    @Override
    public Optional<GroupInfo> findGroup(String name) {
        Objects.requireNonNull(name, "name");
        return JiraReads.read("the group '" + name + "'", () -> Optional.ofNullable(groupManager.getGroup(name))
                .map(group -> new GroupInfo(group.getName(), groupLocator.directoryOf(group))));
    }

    /**
     * Through SAL's prefix search, which Jira answers with one query of its embedded Crowd
     * (case-insensitive prefix, paged there), so a picker never reads every group.
     */
    @Override
    public List<String> findGroupNames(String prefix, int start, int limit) {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: " + start);
        }
        if (limit <= 0) {
            return List.of();
        }
        String wanted = prefix == null ? "" : prefix;
        return JiraReads.read("the groups", () -> {
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
     * Asks Jira's user manager name by name ({@code getUserByName} finds deactivated users too, and
     * ignores case): the lists checked are a cleanup's excluded usernames, a few dozen at most.
     */
    @Override
    public Set<String> unknownUsernames(Collection<String> usernames) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : Names.distinct(usernames)) {
            if (JiraReads.read("the user '" + name + "'", () -> userManager.getUserByName(name)) == null) {
                unknown.add(name);
            }
        }
        return Collections.unmodifiableSet(unknown);
    }

    @Override
    public List<ApplicationInfo> applications() {
        return JiraReads.read("the applications", () -> roleManager.getRoles().stream()
                .map(JiraUserDirectory::toApplication)
                .sorted(Comparator.comparing(ApplicationInfo::key))
                .collect(Collectors.toList()));
    }

    private static ApplicationInfo toApplication(ApplicationRole role) {
        List<String> groups = role.getGroups().stream()
                .map(Group::getName)
                .sorted(BY_NAME)
                .collect(Collectors.toList());
        return new ApplicationInfo(role.getKey().value(), role.getName(), groups);
    }

    /**
     * Reads the members from Jira's database when it can (see the class comment). What the sink
     * throws is the cleanup's own and passes unchanged.
     */
    @Override
    public void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink) {
        List<Group> groups = existingGroups(groupNames);
        if (sqlMembers != null) {
            try {
                sqlMembers.forEach(groups.stream().map(Group::getName).toList(), sink);
                return;
            } catch (SqlReadUnavailableException e) {
                LOG.warn("User Cleanup could not read group members from Jira's database ({}); it reads them"
                        + " through Jira's user API instead, which is slower and holds them all in memory", e.getMessage());
            }
        }
        forEachDirectMemberThroughApi(groups, sink);
    }

    /**
     * Reads every group's direct members before handing out the first user: a user's memberships
     * are complete only once all groups are read, and the cleanup may change memberships while
     * it consumes the users.
     */
    private void forEachDirectMemberThroughApi(List<Group> groups, Consumer<DirectoryUser> sink) {
        DirectMembers members = new DirectMembers();
        for (Group group : groups) {
            JiraReads.run("the direct members of group '" + group.getName() + "'",
                    () -> members.add(group, groupManager.getDirectUsersInGroup(group)));
        }
        for (DirectMembers.Member member : members.all()) {
            DirectoryUser user = JiraReads.read("the user '" + member.user().getUsername() + "'",
                    () -> userMapper.toDirectoryUser(member.user(), member.groups()));
            sink.accept(user);
        }
    }

    /** Jira's {@code getUserNamesInGroup} lists a group's effective members, nested groups included. */
    @Override
    public Set<String> memberKeysIncludingNested(Collection<String> groupNames) {
        Set<String> keys = new HashSet<>();
        for (Group group : existingGroups(groupNames)) {
            JiraReads.run("the members of group '" + group.getName() + "'",
                    () -> groupManager.getUserNamesInGroup(group).forEach(name -> keys.add(Names.key(name))));
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

    /** Switches Jira's logged-in user on this thread for the changes (see {@link ActingAdministrator}). */
    @Override
    public void actingAs(String administrator, Runnable changes) {
        actingAdministrator.run(administrator, changes);
    }

    /** The named groups, once each (names compared ignoring case); a missing one stops the read. */
    private List<Group> existingGroups(Collection<String> groupNames) {
        return JiraReads.existingGroups(groupNames, name -> groupManager.getGroup(name));
    }
}
