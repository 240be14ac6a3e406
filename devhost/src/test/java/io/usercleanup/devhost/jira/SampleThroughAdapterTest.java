package io.usercleanup.devhost.jira;

import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import io.usercleanup.jira.JiraUserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample fixture as the plugin's real adapter reads it. */
class SampleThroughAdapterTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void directories_comeInOrderWithTheirKindsAndReadOnlyFlags(TestDatabase database) {
        // when
        List<DirectoryInfo> directories = JiraAdapter.over(SampleFixture.loadedInto(database)).directories();

        // then
        assertThat(directories).containsExactly(
                new DirectoryInfo(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false),
                new DirectoryInfo(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true),
                new DirectoryInfo(20000, "Corporate LDAP", DirectoryKind.CONNECTOR, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void directMembers_ofSeveralGroups_comeOnceWithTheirMembershipsAndDates(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));
        List<DirectoryUser> members = new ArrayList<>();

        // when
        directory.forEachDirectMember(List.of("jira-software-users", "mixed-local", "jira-local-users", "ldap-users"),
                members::add);

        // then
        assertThat(members).containsExactly(
                new DirectoryUser("aaron", "Aaron Entra", "aaron@example.com", 10000, true,
                        Instant.parse("2024-01-10T08:00:00Z"), Instant.parse("2025-05-30T09:30:00Z"),
                        List.of("jira-software-users", "mixed-local")),
                new DirectoryUser("alice", "Alice Example", "alice@example.com", 10000, true,
                        Instant.parse("2024-01-10T08:00:00Z"), Instant.parse("2025-02-01T09:30:00Z"),
                        List.of("jira-software-users")),
                new DirectoryUser("zoe", "Zoë Internal", "zoe@example.com", 1, true,
                        Instant.parse("2024-01-10T08:00:00Z"), null, List.of("mixed-local")),
                new DirectoryUser("bob", "Bob Local", "bob@partners.example.net", 1, true,
                        Instant.parse("2023-03-01T10:00:00Z"), Instant.parse("2024-01-15T10:00:00Z"),
                        List.of("jira-local-users")),
                new DirectoryUser("carol", "Carol Lead", "carol@example.com", 1, true,
                        Instant.parse("2022-03-01T10:00:00Z"), Instant.parse("2024-02-15T10:00:00Z"),
                        List.of("jira-local-users")),
                new DirectoryUser("dave", "Dave Gone", "dave@example.com", 1, false,
                        Instant.parse("2021-03-01T10:00:00Z"), Instant.parse("2023-02-15T10:00:00Z"),
                        List.of("jira-local-users")),
                new DirectoryUser("frank", "Frank New", "frank", 1, true,
                        Instant.parse("2025-05-20T10:00:00Z"), null, List.of("jira-local-users")),
                new DirectoryUser("erin", "Erin Ldap", "erin@example.org", 20000, true, null, null,
                        List.of("ldap-users")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void nestedMembers_includeEveryLevelAndDeactivatedUsers(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when / then
        assertThat(directory.memberKeysIncludingNested(List.of("service-accounts")))
                .containsExactlyInAnyOrder("svc-x", "build-bot", "night-bot");
        assertThat(directory.memberKeysIncludingNested(List.of("ROBOTS", "jira-software-users")))
                .containsExactlyInAnyOrder("build-bot", "night-bot", "alice", "aaron");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void groups_areFoundInTheirDirectories(TestDatabase database) {
        // given
        JiraUserDirectory directory = JiraAdapter.over(SampleFixture.loadedInto(database));

        // when / then
        assertThat(directory.findGroup("ldap-users")).contains(new GroupInfo("ldap-users", 20000));
        assertThat(directory.findGroup("Service-Accounts")).contains(new GroupInfo("service-accounts", 1));
        // Its first member by name is in Entra ID; the group is still the internal directory's.
        assertThat(directory.findGroup("mixed-local")).contains(new GroupInfo("mixed-local", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void applications_listTheirGroups(TestDatabase database) {
        // when
        List<ApplicationInfo> applications = JiraAdapter.over(SampleFixture.loadedInto(database)).applications();

        // then
        assertThat(applications).containsExactly(
                new ApplicationInfo("jira-servicemanagement", "Jira Service Management", List.of("service-accounts")),
                new ApplicationInfo("jira-software", "Jira Software",
                        List.of("jira-local-users", "jira-software-users", "ldap-users")));
    }
}
