package io.usercleanup.devhost.jira;

import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import io.usercleanup.jira.JiraUserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Removals and deactivations made through the plugin's real adapter change the Crowd tables, and
 * read-only directories (and Jira's own rules) refuse them with the adapter's messages.
 */
class DirectoryChangesTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void removeFromGroup_deletesTheMembershipRowOfAWritableDirectory(TestDatabase database) throws Exception {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when
        directory.removeFromGroup("BOB", "jira-local-users");

        // then
        assertThat(membershipRows(database, "bob")).isEmpty();
        assertThat(membershipRows(database, "carol")).containsExactly("jira-local-users");
        assertThat(usernames(directory, "jira-local-users")).containsExactly("carol", "dave", "frank");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void removeFromGroup_failsWhenTheMembershipIsGoneAlready(TestDatabase database) throws Exception {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));
        directory.removeFromGroup("bob", "jira-local-users");

        // when / then
        assertThatThrownBy(() -> directory.removeFromGroup("bob", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' is no longer a direct member of group 'jira-local-users'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void removeFromGroup_isRefusedInReadOnlyDirectories(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when / then
        assertThatThrownBy(() -> directory.removeFromGroup("alice", "jira-software-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be removed from group 'jira-software-users':"
                        + " directory 'Microsoft Entra ID' is read-only");
        assertThatThrownBy(() -> directory.removeFromGroup("erin", "ldap-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'erin' cannot be removed from group 'ldap-users': directory 'Corporate LDAP' is read-only");
        // A membership lives in the user's directory, so a read-only user stays in a local group too.
        assertThatThrownBy(() -> directory.removeFromGroup("aaron", "mixed-local"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'aaron' cannot be removed from group 'mixed-local': directory 'Microsoft Entra ID' is read-only");
        assertThat(membershipRows(database, "alice")).containsExactly("jira-software-users");
        assertThat(membershipRows(database, "erin")).containsExactly("ldap-users");
        assertThat(membershipRows(database, "aaron")).containsExactly("jira-software-users", "mixed-local");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void removeFromGroup_failsForUnknownUsersAndGroups(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when / then
        assertThatThrownBy(() -> directory.removeFromGroup("ghost", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'ghost' no longer exists");
        assertThatThrownBy(() -> directory.removeFromGroup("bob", "no-such-group"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("group 'no-such-group' no longer exists");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void deactivate_clearsTheActiveFlagAndKeepsTheMemberships(TestDatabase database) throws Exception {
        // given
        JiraUserDirectory directory = JiraAdapter.asAdministrator(SampleFixture.loadedInto(database));

        // when
        directory.deactivate("bob");

        // then
        assertThat(activeAndUpdated(database, "bob")).isEqualTo(List.of(0, SampleFixture.NOW));
        assertThat(membershipRows(database, "bob")).containsExactly("jira-local-users");
        assertThat(members(directory, "jira-local-users"))
                .filteredOn(user -> user.username().equals("bob"))
                .extracting(DirectoryUser::active).containsExactly(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void deactivate_isRefusedInReadOnlyDirectories(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.asAdministrator(SampleFixture.loadedInto(database));

        // when / then
        assertThatThrownBy(() -> directory.deactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be deactivated: directory 'Microsoft Entra ID' is read-only");
        assertThatThrownBy(() -> directory.deactivate("erin"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'erin' cannot be deactivated: directory 'Corporate LDAP' is read-only");
        assertThat(activeAndUpdated(database, "alice").get(0)).isEqualTo(1);
        assertThat(activeAndUpdated(database, "erin").get(0)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void deactivate_isRefusedByJiraWithoutALoggedInAdministrator(TestDatabase database) {
        // given: nobody logged in on this thread, as on the plugin's own threads
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when / then
        assertThatThrownBy(() -> directory.deactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be deactivated: Jira refused it: " + DevHostUserService.NO_PERMISSION);
        assertThat(activeAndUpdated(database, "bob").get(0)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void deactivate_isRefusedByJiraForAProjectLead(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.asAdministrator(SampleFixture.loadedInto(database));

        // when / then
        assertThatThrownBy(() -> directory.deactivate("carol"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'carol' cannot be deactivated: Jira refused it:"
                        + " Cannot deactivate user 'carol' because they are the lead of these projects: OPS");
        assertThat(activeAndUpdated(database, "carol").get(0)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void deactivate_ofAnInactiveUserChangesNothing_andOfAnUnknownOneFails(TestDatabase database) throws Exception {
        // given
        JiraUserDirectory directory = JiraAdapter.asAdministrator(SampleFixture.loadedInto(database));
        List<Object> before = activeAndUpdated(database, "dave");

        // when
        directory.deactivate("dave");

        // then
        assertThat(activeAndUpdated(database, "dave")).isEqualTo(before);
        assertThatThrownBy(() -> directory.deactivate("ghost"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'ghost' no longer exists");
    }

    private static List<DirectoryUser> members(JiraUserDirectory directory, String group) {
        List<DirectoryUser> members = new ArrayList<>();
        directory.forEachDirectMember(List.of(group), members::add);
        return members;
    }

    private static List<String> usernames(JiraUserDirectory directory, String group) {
        return members(directory, group).stream().map(DirectoryUser::username).toList();
    }

    /** The user's direct group memberships, read straight from {@code cwd_membership}. */
    static List<String> membershipRows(TestDatabase database, String username) {
        return database.jdbc().list("SELECT parent_name FROM cwd_membership WHERE membership_type = 'GROUP_USER'"
                + " AND lower_child_name = ? ORDER BY lower_parent_name", rs -> rs.getString(1), username);
    }

    /** {@code cwd_user.active} and {@code updated_date}, read straight from the table. */
    static List<Object> activeAndUpdated(TestDatabase database, String username) {
        return database.jdbc().first("SELECT active, updated_date FROM cwd_user WHERE lower_user_name = ?",
                rs -> List.<Object>of(rs.getInt("active"), Jdbc.instant(rs, "updated_date")), username).orElseThrow();
    }
}
