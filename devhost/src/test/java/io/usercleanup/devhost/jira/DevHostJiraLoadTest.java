package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading: replacing, keeping the tables, adding the dev host's accounts, refusing bad fixtures. */
class DevHostJiraLoadTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void load_replacesEverythingThatWasThere(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);

        // when
        jira.load(FixtureReader.read("directory.json", ContractFixtureTest.CONTRACT_EXAMPLE));

        // then
        assertThat(jira.userManager().getUserByName("bob")).isNull();
        assertThat(jira.groupManager().getGroup("robots")).isNull();
        assertThat(jira.crowdDirectoryService().findAllDirectories()).hasSize(2);
        assertThat(jira.userManager().getTotalUserCount()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void newInstance_keepsExistingTablesAndRows(TestDatabase database) {
        // given
        SampleFixture.loadedInto(database);

        // when
        DevHostJira again = new DevHostJira(database.dataSource(), SampleFixture.CLOCK);

        // then
        assertThat(again.userManager().getUserByName("bob")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void fixtureWithoutAnInternalDirectory_getsOneForTheAccounts(TestDatabase database) {
        // given
        DevHostJira jira = new DevHostJira(database.dataSource(), SampleFixture.CLOCK);
        String json = """
                {"directories": [{"id": 1, "name": "Corporate LDAP", "type": "CONNECTOR", "readOnly": true}],
                 "users": [{"username": "erin", "directoryId": 1}]}
                """;

        // when
        jira.load(FixtureReader.read("ldap.json", json));

        // then
        Directory created = jira.crowdDirectoryService().findAllDirectories().get(1);
        assertThat(created.getId()).isEqualTo(2L);
        assertThat(created.getType()).isEqualTo(DirectoryType.INTERNAL);
        assertThat(created.getName()).isEqualTo("Jira Internal Directory");
        assertThat(jira.userManager().getUserByName("admin").getDirectoryId()).isEqualTo(2);
        assertThat(jira.users().authenticate("admin", "admin")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    @SuppressWarnings("deprecation")
    void fixtureListingAdmin_describesTheAccount(TestDatabase database) {
        // given
        DevHostJira jira = new DevHostJira(database.dataSource(), SampleFixture.CLOCK);
        String json = """
                {"directories": [{"id": 1, "name": "Internal", "type": "INTERNAL"}],
                 "groups": [{"name": "Jira-Administrators", "directoryId": 1}, {"name": "ops", "directoryId": 1}],
                 "users": [{"username": "Admin", "displayName": "The Boss", "directoryId": 1, "active": false,
                            "groups": ["ops"]}]}
                """;

        // when
        jira.load(FixtureReader.read("admin.json", json));

        // then
        assertThat(jira.userManager().getUserByName("admin").getDisplayName()).isEqualTo("The Boss");
        assertThat(jira.groupManager().getGroupNamesForUser("admin")).containsExactly("Jira-Administrators", "ops");
        assertThat(jira.users().authenticate("admin", "admin")).isFalse();
        assertThat(jira.users().isSystemAdmin("admin")).isFalse();
        assertThat(jira.groupManager().getAllGroups()).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void badFixtureFile_changesNothing(TestDatabase database) throws Exception {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);
        Path file = Files.createTempFile("directory", ".json");
        Files.writeString(file, "{\"users\": [{\"username\": \"x\", \"directoryId\": 42}]}");

        // when / then
        try {
            assertThatThrownBy(() -> jira.load(file))
                    .isInstanceOf(FixtureException.class)
                    .hasMessage(file + ": $.users[0].directoryId: unknown directory 42");
            assertThat(jira.userManager().getUserByName("bob")).isNotNull();
        } finally {
            Files.delete(file);
        }
    }
}
