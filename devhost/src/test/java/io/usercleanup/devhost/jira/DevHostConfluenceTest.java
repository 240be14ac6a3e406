package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import io.usercleanup.devhost.DevHostProduct;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dev host's Confluence over a fixture: "Can use" from the {@code confluence} application,
 * Confluence's accounts, its user accessor's reads, permission checks, read-only rules and quirks.
 */
class DevHostConfluenceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String FIXTURE = """
            {
              "directories": [
                {"id": 1, "name": "Confluence Internal Directory", "type": "INTERNAL", "readOnly": false},
                {"id": 20000, "name": "Corporate LDAP", "type": "CONNECTOR", "readOnly": true}
              ],
              "groups": [
                {"name": "confluence-users-local", "directoryId": 1},
                {"name": "ldap-users", "directoryId": 20000},
                {"name": "jira-only", "directoryId": 1}
              ],
              "applications": [
                {"key": "confluence", "name": "Confluence", "groups": ["confluence-users-local", "ldap-users"]},
                {"key": "jira-software", "name": "Jira Software", "groups": ["jira-only"]}
              ],
              "users": [
                {"username": "bob", "displayName": "Bob Local", "email": "bob@example.com", "directoryId": 1,
                 "active": true, "created": "2023-05-01T08:00:00Z", "lastLogin": "2025-01-15T10:00:00Z",
                 "groups": ["confluence-users-local"]},
                {"username": "lee", "displayName": "Lee Ldap", "email": "lee@example.com", "directoryId": 20000,
                 "active": true, "created": "2023-05-01T08:00:00Z", "groups": ["ldap-users"]},
                {"username": "jo", "displayName": "Jo Jira", "email": "jo@example.com", "directoryId": 1,
                 "active": true, "created": "2023-05-01T08:00:00Z", "groups": ["jira-only"]}
              ]
            }
            """;

    private DevHostJira host;
    private UserAccessor accessor;

    @BeforeEach
    void load() {
        TestDatabases.resetTables();
        host = new DevHostJira(TestDatabases.all().findFirst().orElseThrow().dataSource(), Clock.fixed(NOW, ZoneOffset.UTC),
                DevHostProduct.CONFLUENCE);
        host.load(FixtureReader.read("directory.json", FIXTURE));
        accessor = host.confluence().userAccessor();
    }

    @AfterEach
    void nobodyOnTheThread() {
        AuthenticatedUserThreadLocal.reset();
    }

    private void actAs(String username) {
        AuthenticatedUserThreadLocal.set(accessor.getUserByName(username));
    }

    @Test
    void canUse_isGrantedToTheConfluenceApplicationsGroups_andToUserAlone() {
        List<String> grants = new ArrayList<>();
        for (SpacePermission grant : host.confluence().spacePermissionManager()
                .getGlobalPermissions(SpacePermission.USE_CONFLUENCE_PERMISSION)) {
            grants.add(String.valueOf(grant.getGroup()));
        }

        assertThat(grants).containsExactly("confluence-users-local", "ldap-users", "null");
        assertThatThrownBy(() -> host.confluence().spacePermissionManager().getGlobalPermissions("ADMINISTRATECONFLUENCE"))
                .isInstanceOf(UnsupportedOperationException.class);
        DevHostUsers users = host.users();
        assertThat(users.isLicensed("bob")).isTrue();
        assertThat(users.isLicensed("lee")).isTrue();
        assertThat(users.isLicensed("user")).as("by a grant of its own").isTrue();
        assertThat(users.isLicensed("jo")).as("a Jira application means nothing to Confluence").isFalse();
        assertThat(users.isLicensed("admin")).isFalse();
        assertThat(users.isLicensed("unlicensed")).isFalse();
    }

    @Test
    void theAccounts_areConfluences() {
        assertThat(host.users().isSystemAdmin("admin")).isTrue();
        assertThat(host.users().isSystemAdmin("user")).isFalse();
        assertThat(host.crowdService().isUserMemberOfGroup("admin", "confluence-administrators")).isTrue();
        assertThat(host.crowdService().isUserMemberOfGroup("user", "confluence-users")).isTrue();
        assertThat(host.crowdService().getGroup("jira-administrators")).isNull();
        assertThat(accessor.getUserByName("user").getFullName()).isEqualTo("Confluence User");
    }

    @Test
    void reads_userGroupMembersAndLastSuccessfulLogin() {
        ConfluenceUser bob = accessor.getUserByName("BOB");

        assertThat(bob.getName()).isEqualTo("bob");
        assertThat(bob.getEmail()).isEqualTo("bob@example.com");
        assertThat(accessor.getUserByName("nobody")).isNull();
        assertThat(accessor.getGroup("nobody")).isNull();
        assertThat(accessor.getMemberNames(accessor.getGroup("ldap-users"))).containsExactly("lee");
        assertThat(host.confluence().loginManager().getLoginInfo("bob").getLastSuccessfulLoginDate().toInstant())
                .isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(host.confluence().loginManager().getLoginInfo("lee").getLastSuccessfulLoginDate()).isNull();
        assertThat(host.confluence().loginManager().getLoginInfo("nobody")).isNull();
        assertThat(accessor.isReadOnly(accessor.getUserByName("lee"))).isTrue();
        assertThat(accessor.isReadOnly(accessor.getGroup("ldap-users"))).isTrue();
        assertThat(accessor.isReadOnly(bob)).isFalse();
        assertThat(accessor.isDeactivated(bob)).isFalse();
    }

    @Test
    void changes_demandTheThreadsUsersPermission() {
        Group local = accessor.getGroup("confluence-users-local");
        ConfluenceUser bob = accessor.getUserByName("bob");

        assertThatThrownBy(() -> accessor.removeMembership(local, bob)).isInstanceOf(SecurityException.class)
                .hasMessage("An anonymous user does not have permission to change the members of group 'confluence-users-local'");
        actAs("user");
        assertThatThrownBy(() -> accessor.deactivateUser(bob)).isInstanceOf(SecurityException.class)
                .hasMessage("User 'user' does not have permission to deactivate user 'bob'");
        assertThat(host.confluence().permissionManager().hasPermission(bob, Permission.EDIT, local)).isFalse();
        assertThatThrownBy(() -> host.confluence().permissionManager().hasPermission(bob, Permission.EDIT, bob))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(accessor.getMemberNames(local)).containsExactly("bob");
        assertThat(accessor.isDeactivated(bob)).isFalse();
    }

    @Test
    void anAdministrator_removesAndDeactivates_butNotInAReadOnlyDirectory() {
        actAs("admin");
        Group local = accessor.getGroup("confluence-users-local");
        ConfluenceUser bob = accessor.getUserByName("bob");
        ConfluenceUser lee = accessor.getUserByName("lee");

        assertThat(accessor.removeMembership(local, bob)).isTrue();
        assertThat(accessor.getMemberNames(local)).isEmpty();
        assertThat(accessor.removeMembership(local, bob)).as("Confluence answers true without a membership").isTrue();
        accessor.deactivateUser(bob);
        assertThat(accessor.isDeactivated(bob)).isTrue();
        assertThat(host.users().isLicensed("bob")).isFalse();

        assertThatThrownBy(() -> accessor.removeMembership(accessor.getGroup("ldap-users"), lee))
                .hasMessage("Cannot update group 'ldap-users': directory 'Corporate LDAP' is read-only");
        assertThatThrownBy(() -> accessor.deactivateUser(lee))
                .hasMessage("Cannot deactivate user 'lee': directory 'Corporate LDAP' is read-only");
        assertThat(accessor.getMemberNames(accessor.getGroup("ldap-users"))).containsExactly("lee");
        assertThat(accessor.isDeactivated(lee)).isFalse();
        // Confluence lets an administrator deactivate themself; the app is the one that refuses it
        accessor.deactivateUser(accessor.getUserByName("admin"));
        assertThat(accessor.isDeactivated(accessor.getUserByName("admin"))).isTrue();
    }

    @Test
    void theDemoDirectory_onConfluence_grantsCanUseToTheGroupsOfItsJiraApplications() {
        host.loadDemo();
        List<String> grants = new ArrayList<>();
        for (SpacePermission grant : host.confluence().spacePermissionManager()
                .getGlobalPermissions(SpacePermission.USE_CONFLUENCE_PERMISSION)) {
            grants.add(String.valueOf(grant.getGroup()));
        }

        assertThat(grants).containsExactlyInAnyOrder("jira-software-users", "jira-local-users", "ldap-jira-users",
                "jira-servicedesk-agents", "null");
        assertThat(host.applicationRoleManager().getRoles()).extracting(role -> role.getKey().value())
                .containsExactly("confluence");
        assertThat(host.users().isSystemAdmin("admin")).isTrue();
    }
}
