package io.usercleanup.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.login.LoginInfo;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.model.DirectoryEntity;
import com.atlassian.crowd.model.user.TimestampedUser;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.Group;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * Confluence's services as Mockito mocks, with helpers that set up users, groups and directories
 * consistently, and the adapter over them. Every acting user may change everything until a test
 * says otherwise.
 */
final class ConfluenceFixture {
    static final long INTERNAL = 1L;
    static final long LDAP = 20000L;

    final UserAccessor userAccessor = mock(UserAccessor.class);
    final CrowdService crowdService = mock(CrowdService.class);
    final CrowdDirectoryService directoryService = mock(CrowdDirectoryService.class);
    final LoginManager loginManager = mock(LoginManager.class);
    final SpacePermissionManager spacePermissions = mock(SpacePermissionManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);
    final UserManager groupSearch = mock(UserManager.class);

    ConfluenceFixture() {
        when(permissionManager.hasPermission(any(), eq(Permission.EDIT), any())).thenReturn(true);
        when(permissionManager.hasPermission(any(), eq(Permission.SET_PERMISSIONS), any())).thenReturn(true);
    }

    ConfluenceUserDirectory directory() {
        return directory(Optional.of(DeactivationMethod.DEACTIVATE_USER));
    }

    ConfluenceUserDirectory directory(Optional<DeactivationMethod> deactivation) {
        return new ConfluenceUserDirectory(userAccessor, crowdService, directoryService, loginManager,
                spacePermissions, permissionManager, groupSearch, deactivation, null);
    }

    /** The adapter reading group members with SQL first, through these executors. */
    ConfluenceUserDirectory directory(com.atlassian.sal.api.rdbms.TransactionalExecutorFactory executors, int pageUsers) {
        return new ConfluenceUserDirectory(userAccessor, crowdService, directoryService, loginManager,
                spacePermissions, permissionManager, groupSearch, Optional.of(DeactivationMethod.DEACTIVATE_USER),
                new SqlDirectMembers(executors, pageUsers));
    }

    Directory directory(long id, String name, DirectoryType type, OperationType... allowed) {
        Directory directory = mock(Directory.class);
        when(directory.getId()).thenReturn(id);
        when(directory.getName()).thenReturn(name);
        when(directory.getType()).thenReturn(type);
        when(directory.getAllowedOperations()).thenReturn(
                allowed.length == 0 ? EnumSet.noneOf(OperationType.class) : EnumSet.of(allowed[0], allowed));
        when(directoryService.findDirectoryById(id)).thenReturn(directory);
        return directory;
    }

    /** An active user in the directory, created and last logged in at the given times (null: unknown, never). */
    ConfluenceUser user(String name, long directoryId, Instant created, Instant lastLogin) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(name + " Name");
        when(user.getEmail()).thenReturn(name + "@example.com");
        when(userAccessor.getUserByName(name)).thenReturn(user);
        TimestampedUser crowdUser = mock(TimestampedUser.class);
        when(crowdUser.getName()).thenReturn(name);
        when(crowdUser.getDirectoryId()).thenReturn(directoryId);
        when(crowdUser.getCreatedDate()).thenReturn(created == null ? null : Date.from(created));
        when(crowdService.getUser(name)).thenReturn(crowdUser);
        LoginInfo info = mock(LoginInfo.class);
        when(info.getLastSuccessfulLoginDate()).thenReturn(lastLogin == null ? null : Date.from(lastLogin));
        when(loginManager.getLoginInfo(name)).thenReturn(info);
        return user;
    }

    ConfluenceUser user(String name) {
        return user(name, INTERNAL, Instant.parse("2023-05-01T08:00:00Z"), Instant.parse("2025-01-15T10:00:00Z"));
    }

    /**
     * A group in the directory, with these direct members (as Confluence's pager and Crowd answer;
     * Crowd finds a member ignoring case).
     */
    Group group(String name, long directoryId, String... members) {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn(name);
        when(userAccessor.getGroup(name)).thenReturn(group);
        com.atlassian.crowd.embedded.api.Group crowdGroup = mock(com.atlassian.crowd.embedded.api.Group.class,
                withSettings().extraInterfaces(DirectoryEntity.class));
        when(crowdGroup.getName()).thenReturn(name);
        when(((DirectoryEntity) crowdGroup).getDirectoryId()).thenReturn(directoryId);
        when(crowdService.getGroup(name)).thenReturn(crowdGroup);
        when(userAccessor.getMemberNames(group)).thenAnswer(i -> new ListPager(List.of(members), 2));
        for (String member : members) {
            com.atlassian.crowd.embedded.api.User crowdUser = crowdService.getUser(member) != null
                    ? crowdService.getUser(member) : crowdService.getUser(member.toLowerCase(java.util.Locale.ROOT));
            if (crowdUser != null) {
                when(crowdService.isUserDirectGroupMember(crowdUser, crowdGroup)).thenReturn(true);
            }
        }
        return group;
    }

    /**
     * A group whose member list (Confluence's, with nested groups' members) also names these
     * users, of whom Crowd says they are no direct members.
     */
    Group groupWithNested(String name, List<String> direct, List<String> nested) {
        Group group = group(name, INTERNAL, direct.toArray(String[]::new));
        List<String> all = new java.util.ArrayList<>(direct);
        all.addAll(nested);
        when(userAccessor.getMemberNames(group)).thenAnswer(i -> new ListPager(all, 2));
        return group;
    }
}
