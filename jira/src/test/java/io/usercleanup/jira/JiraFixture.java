package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.embedded.api.User;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.security.login.LoginInfo;
import com.atlassian.jira.bc.security.login.LoginService;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Mocked Jira services behind a {@link JiraUserDirectory}, with helpers to populate them. */
final class JiraFixture {
    static final long INTERNAL = 1L;
    static final long ENTRA = 10000L;
    static final long LDAP = 20000L;

    final CrowdDirectoryService directoryService = mock(CrowdDirectoryService.class);
    final CrowdService crowdService = mock(CrowdService.class);
    final GroupManager groupManager = mock(GroupManager.class);
    final UserManager userManager = mock(UserManager.class);
    final UserService userService = mock(UserService.class);
    final LoginService loginService = mock(LoginService.class);
    final ApplicationRoleManager roleManager = mock(ApplicationRoleManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final com.atlassian.sal.api.user.UserManager salUserManager = mock(com.atlassian.sal.api.user.UserManager.class);
    final JiraUserDirectory directory = new JiraUserDirectory(directoryService, crowdService, groupManager,
            userManager, userService, loginService, roleManager, authentication, salUserManager);

    private final List<Directory> directories = new ArrayList<>();

    /** A directory Jira knows, listed in the order of the calls. */
    Directory directory(long id, String name, DirectoryType type, OperationType... allowed) {
        Directory directory = mock(Directory.class);
        when(directory.getId()).thenReturn(id);
        when(directory.getName()).thenReturn(name);
        when(directory.getType()).thenReturn(type);
        Set<OperationType> operations = EnumSet.noneOf(OperationType.class);
        operations.addAll(List.of(allowed));
        when(directory.getAllowedOperations()).thenReturn(operations);
        when(directoryService.findDirectoryById(id)).thenReturn(directory);
        directories.add(directory);
        when(directoryService.findAllDirectories()).thenReturn(List.copyOf(directories));
        return directory;
    }

    Directory internalDirectory() {
        return directory(INTERNAL, "Jira Internal Directory", DirectoryType.INTERNAL, OperationType.values());
    }

    /** An active user who has logged in once, in the given directory. */
    ApplicationUser user(String username, long directoryId) {
        ApplicationUser user = mock(ApplicationUser.class);
        User directoryUser = mock(User.class);
        when(user.getUsername()).thenReturn(username);
        when(user.getName()).thenReturn(username);
        when(user.getDisplayName()).thenReturn("Display " + username);
        when(user.getEmailAddress()).thenReturn(username + "@example.com");
        when(user.getDirectoryId()).thenReturn(directoryId);
        when(user.isActive()).thenReturn(true);
        when(user.getDirectoryUser()).thenReturn(directoryUser);
        when(userManager.getUserByName(username)).thenReturn(user);
        return user;
    }

    /** A group Jira finds by this name, with these direct members. */
    Group group(String name, ApplicationUser... directMembers) {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn(name);
        return withMembers(register(name, group), directMembers);
    }

    Group register(String name, Group group) {
        when(groupManager.getGroup(name)).thenReturn(group);
        return group;
    }

    Group withMembers(Group group, ApplicationUser... directMembers) {
        when(groupManager.getDirectUsersInGroup(group)).thenReturn(List.of(directMembers));
        return group;
    }

    void lastLogin(String username, Long millis) {
        LoginInfo info = mock(LoginInfo.class);
        when(info.getLastLoginTime()).thenReturn(millis);
        when(loginService.getLoginInfo(username)).thenReturn(info);
    }
}
