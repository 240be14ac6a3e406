package io.usercleanup.devhost.jira;

import com.atlassian.jira.bc.security.login.LoginInfo;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev host's accounts: who can log in, who is a system administrator or licensed, and their logins. */
class DevHostUsersTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void onlyTheDevHostsAccountsLogIn_withTheirOwnPasswords(TestDatabase database) {
        // given
        DevHostUsers users = SampleFixture.loadedInto(database).users();

        // when / then
        assertThat(users.authenticate("admin", "admin")).isTrue();
        assertThat(users.authenticate("ADMIN", "admin")).isTrue();
        assertThat(users.authenticate("user", "user")).isTrue();
        assertThat(users.authenticate("admin", "user")).isFalse();
        assertThat(users.authenticate("admin", "ADMIN")).isFalse();
        assertThat(users.authenticate("user", "")).isFalse();
        assertThat(users.authenticate("unlicensed", "unlicensed")).isTrue();
        assertThat(users.authenticate("unlicensed", "user")).isFalse();
        assertThat(users.authenticate("alice", "alice")).isFalse();
        assertThat(users.authenticate(null, "admin")).isFalse();
        assertThat(users.authenticate("admin", null)).isFalse();
        assertThat(users.canonicalUsername("Admin")).contains("admin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void onlyAdminIsASystemAdministrator(TestDatabase database) {
        // given
        DevHostUsers users = SampleFixture.loadedInto(database).users();

        // when / then
        assertThat(users.isSystemAdmin("admin")).isTrue();
        assertThat(users.isSystemAdmin("Admin")).isTrue();
        assertThat(users.isSystemAdmin("user")).isFalse();
        assertThat(users.isSystemAdmin("alice")).isFalse();
        assertThat(users.isSystemAdmin("ghost")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void licensed_areActiveMembersOfAnApplicationsGroupOrOfJiraUsers(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);
        DevHostUsers users = jira.users();
        String member = jira.applicationRoleManager().getGroupsForLicensedRoles().stream()
                .flatMap(group -> jira.groupManager().getUserNamesInGroup(group).stream())
                .filter(name -> jira.userManager().getUserByName(name).isActive())
                .findFirst().orElseThrow();

        // when / then
        assertThat(users.isLicensed("user")).isTrue();
        assertThat(users.isLicensed(member)).isTrue();
        assertThat(users.isLicensed("unlicensed")).isFalse();
        assertThat(users.isLicensed("admin")).isFalse();
        assertThat(users.isLicensed("ghost")).isFalse();
        assertThat(jira.groupManager().getGroupNamesForUser("unlicensed")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void accounts_areRecentlyActiveInternalUsersOutsideTheFixturesApplications(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);

        // when
        LoginInfo admin = jira.loginService().getLoginInfo("admin");
        LoginInfo user = jira.loginService().getLoginInfo("user");

        // then
        assertThat(admin.getLastLoginTime()).isEqualTo(SampleFixture.NOW.minus(Duration.ofHours(1)).toEpochMilli());
        assertThat(user.getLastLoginTime()).isEqualTo(SampleFixture.NOW.minus(Duration.ofHours(2)).toEpochMilli());
        assertThat(jira.userManager().getUserByName("admin").getDirectoryId()).isEqualTo(1);
        assertThat(jira.groupManager().getGroupNamesForUser("admin")).containsExactly("jira-administrators");
        assertThat(jira.groupManager().getGroupNamesForUser("user")).containsExactly("jira-users");
        assertThat(jira.applicationRoleManager().getGroupsForLicensedRoles())
                .noneMatch(group -> group.getName().startsWith("jira-administrators")
                        || group.getName().equals("jira-users"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void recordLogin_movesTheLastLoginAndCountsIt(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);

        // when
        jira.users().recordLogin("erin");
        LoginInfo first = jira.loginService().getLoginInfo("erin");
        jira.users().recordLogin("admin");
        LoginInfo admin = jira.loginService().getLoginInfo("admin");
        jira.users().recordLogin("ghost");

        // then
        assertThat(first.getLastLoginTime()).isEqualTo(SampleFixture.NOW.toEpochMilli());
        assertThat(first.getPreviousLoginTime()).isNull();
        assertThat(first.getLoginCount()).isEqualTo(1L);
        assertThat(admin.getLastLoginTime()).isEqualTo(SampleFixture.NOW.toEpochMilli());
        assertThat(admin.getPreviousLoginTime()).isEqualTo(SampleFixture.NOW.minus(Duration.ofHours(1)).toEpochMilli());
        assertThat(admin.getLoginCount()).isEqualTo(2L);
    }
}
