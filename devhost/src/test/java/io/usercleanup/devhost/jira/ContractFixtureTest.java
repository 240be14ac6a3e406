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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's example fixture, loaded verbatim and read back through the plugin's real adapter. */
class ContractFixtureTest {
    /** Section 2 of the contract, character for character. */
    static final String CONTRACT_EXAMPLE = """
            {
              "directories": [
                {"id": 1, "name": "Jira Internal Directory", "type": "INTERNAL", "readOnly": false},
                {"id": 10000, "name": "Microsoft Entra ID", "type": "AZURE_AD", "readOnly": true}
              ],
              "groups": [
                {"name": "jira-software-users", "directoryId": 10000},
                {"name": "jira-local-users", "directoryId": 1},
                {"name": "service-accounts", "directoryId": 1}
              ],
              "applications": [
                {"key": "jira-software", "name": "Jira Software",
                 "groups": ["jira-software-users", "jira-local-users"]}
              ],
              "users": [
                {"username": "alice", "displayName": "Alice Example", "email": "alice@example.com",
                 "directoryId": 10000, "active": true,
                 "created": "2024-01-10T08:00:00Z", "lastLogin": "2025-02-01T09:30:00Z",
                 "groups": ["jira-software-users"]}
              ]
            }
            """;
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    private static JiraUserDirectory loaded(TestDatabase database) {
        DevHostJira jira = new DevHostJira(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        jira.load(FixtureReader.read("directory.json", CONTRACT_EXAMPLE));
        return JiraAdapter.over(jira);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void directories_areTheFixturesWithTheirReadOnlyFlags(TestDatabase database) {
        // when
        List<DirectoryInfo> directories = loaded(database).directories();

        // then
        assertThat(directories).containsExactly(
                new DirectoryInfo(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false),
                new DirectoryInfo(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void aliceIsReadWithEverythingTheFixtureSays(TestDatabase database) {
        // given
        JiraUserDirectory directory = loaded(database);
        List<DirectoryUser> members = new ArrayList<>();

        // when
        directory.forEachDirectMember(List.of("jira-software-users", "jira-local-users"), members::add);

        // then
        assertThat(members).containsExactly(new DirectoryUser("alice", "Alice Example", "alice@example.com", 10000,
                true, Instant.parse("2024-01-10T08:00:00Z"), Instant.parse("2025-02-01T09:30:00Z"),
                List.of("jira-software-users")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void groupsAndApplications_areTheFixturesPlusTheDevHostAccountsGroups(TestDatabase database) {
        // given
        JiraUserDirectory directory = loaded(database);

        // when / then
        assertThat(directory.findGroup("JIRA-SOFTWARE-USERS")).contains(new GroupInfo("jira-software-users", 10000));
        assertThat(directory.findGroup("no-such-group")).isEqualTo(Optional.empty());
        assertThat(directory.findGroupNames("JIRA-", 0, 10)).containsExactly(
                "jira-administrators", "jira-local-users", "jira-software-users", "jira-users");
        assertThat(directory.findGroupNames("jira-", 1, 2)).containsExactly("jira-local-users", "jira-software-users");
        assertThat(directory.findGroupNames("", 0, 10)).contains("service-accounts");
        assertThat(directory.applications()).containsExactly(new ApplicationInfo("jira-software", "Jira Software",
                List.of("jira-local-users", "jira-software-users")));
    }
}
