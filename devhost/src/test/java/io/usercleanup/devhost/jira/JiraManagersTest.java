package io.usercleanup.devhost.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.application.ApplicationRole;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.security.login.LoginInfo;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira's group, user, login and application role managers over the sample fixture. */
class JiraManagersTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    @SuppressWarnings("deprecation")
    void groupManager_separatesDirectFromNestedMembers(TestDatabase database) {
        // given
        GroupManager groups = SampleFixture.loadedInto(database).groupManager();
        Group serviceAccounts = groups.getGroup("Service-Accounts");

        // when / then
        assertThat(serviceAccounts.getName()).isEqualTo("service-accounts");
        assertThat(groups.getUserNamesInGroup(serviceAccounts)).containsExactly("build-bot", "night-bot", "svc-x");
        assertThat(groups.getDirectUsersInGroup(serviceAccounts)).extracting(ApplicationUser::getUsername)
                .containsExactly("svc-x");
        assertThat(groups.getGroupNamesForUser("night-bot"))
                .containsExactly("nightly-robots", "robots", "service-accounts");
        assertThat(groups.isUserInGroup("night-bot", "service-accounts")).isTrue();
        assertThat(groups.getNamesOfDirectMembersOfGroups(List.of("mixed-local"), 1)).containsExactly("zoe");
        assertThat(groups.getNamesOfDirectMembersOfGroups(List.of("jira-local-users", "ldap-users"), 10))
                .containsExactly("bob", "carol", "dave", "erin", "frank");
        assertThat(groups.filterUsersInAllGroupsDirect(List.of("aaron", "alice", "zoe"),
                List.of("jira-software-users", "mixed-local"))).containsExactly("aaron");
        assertThat(groups.getAllGroups()).extracting(Group::getName).containsExactly("jira-administrators",
                "jira-local-users", "jira-software-users", "jira-users", "ldap-users", "mixed-local",
                "nightly-robots", "robots", "service-accounts");
        assertThat(groups.groupExists("ROBOTS")).isTrue();
        assertThat(groups.getGroup("nope")).isNull();
        assertThat(groups.getUserNamesInGroup(groups.getGroupEvenWhenUnknown("nope"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void userManager_findsUsersAndKnowsWhichItCanUpdate(TestDatabase database) {
        // given
        UserManager users = SampleFixture.loadedInto(database).userManager();
        ApplicationUser bob = users.getUserByName("Bob");

        // when / then
        assertThat(bob.getUsername()).isEqualTo("bob");
        assertThat(bob.getKey()).isEqualTo("bob");
        assertThat(users.getUserByKey("bob")).isEqualTo(bob);
        assertThat(users.getUserById(bob.getId())).contains(bob);
        assertThat(users.canUpdateUser(bob)).isTrue();
        assertThat(users.canUpdateUser(users.getUserByName("alice"))).isFalse();
        assertThat(users.canUpdateUser(users.getUserByName("erin"))).isFalse();
        assertThat(users.getTotalUserCount()).isEqualTo(14);
        assertThat(users.getUserByName("ghost")).isNull();
        ApplicationUser unknown = users.getUserByKeyEvenWhenUnknown("ghost");
        assertThat(unknown.getUsername()).isEqualTo("ghost");
        assertThat(unknown.isActive()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void loginService_readsJirasLoginAttributes(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);

        // when
        LoginInfo alice = jira.loginService().getLoginInfo("alice");
        LoginInfo erin = jira.loginService().getLoginInfo("erin");

        // then
        assertThat(alice.getLastLoginTime()).isEqualTo(Instant.parse("2025-02-01T09:30:00Z").toEpochMilli());
        assertThat(alice.getLoginCount()).isEqualTo(1L);
        assertThat(erin.getLastLoginTime()).isNull();
        assertThat(erin.getLoginCount()).isNull();
        assertThat(jira.loginService().getLoginInfo("ghost").getLastLoginTime()).isNull();
        assertThat(database.jdbc().list("SELECT a.attribute_value FROM cwd_user_attributes a JOIN cwd_user u"
                + " ON u.id = a.user_id WHERE u.lower_user_name = 'alice' AND a.attribute_name = 'login.lastLoginMillis'",
                rs -> rs.getString(1))).containsExactly("1738402200000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void roleManager_grantsRolesThroughGroupsAndNestedGroups(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);
        ApplicationRoleManager roles = jira.applicationRoleManager();
        ApplicationKey software = ApplicationKey.valueOf("jira-software");
        ApplicationKey serviceManagement = ApplicationKey.valueOf("jira-servicemanagement");

        // when
        ApplicationRole role = roles.getRole(software).get();

        // then
        assertThat(roles.getRoles()).extracting(ApplicationRole::getKey).containsExactly(software, serviceManagement);
        assertThat(role.getName()).isEqualTo("Jira Software");
        assertThat(role.getGroups()).extracting(Group::getName)
                .containsExactly("jira-software-users", "jira-local-users", "ldap-users");
        assertThat(role.getDefaultGroups()).extracting(Group::getName).containsExactly("jira-software-users");
        assertThat(roles.getRole(ApplicationKey.valueOf("jira-core")).isDefined()).isFalse();
        // build-bot through robots; night-bot is nested too, but deactivated.
        assertThat(roles.getUserCount(serviceManagement)).isEqualTo(2);
        assertThat(roles.getUserCount(software)).isEqualTo(6);
        assertThat(roles.hasAnyRole(jira.userManager().getUserByName("build-bot"))).isTrue();
        assertThat(roles.hasAnyRole(jira.userManager().getUserByName("admin"))).isFalse();
        assertThat(roles.getRolesForGroup(new DevHostGroup("LDAP-USERS"))).extracting(ApplicationRole::getKey)
                .containsExactly(software);
    }
}
