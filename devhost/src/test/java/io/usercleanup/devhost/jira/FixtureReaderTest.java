package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixtureReaderTest {
    @Test
    void contractExample_readsAsWritten() {
        // when
        DirectoryFixture fixture = FixtureReader.read("directory.json", ContractFixtureTest.CONTRACT_EXAMPLE);

        // then
        assertThat(fixture.directories()).containsExactly(
                new DirectoryEntry(1, "Jira Internal Directory", DirectoryType.INTERNAL, false),
                new DirectoryEntry(10000, "Microsoft Entra ID", DirectoryType.AZURE_AD, true));
        assertThat(fixture.groups()).containsExactly(
                new GroupEntry("jira-software-users", 10000, List.of()),
                new GroupEntry("jira-local-users", 1, List.of()),
                new GroupEntry("service-accounts", 1, List.of()));
        assertThat(fixture.applications()).containsExactly(new ApplicationEntry("jira-software", "Jira Software",
                List.of("jira-software-users", "jira-local-users")));
        assertThat(fixture.users()).containsExactly(new UserEntry("alice", "Alice Example", "alice@example.com",
                10000, true, Instant.parse("2024-01-10T08:00:00Z"), Instant.parse("2025-02-01T09:30:00Z"),
                List.of("jira-software-users"), null));
        assertThat(fixture.projects()).isEmpty();
    }

    @Test
    void optionalFields_takeTheirDefaults() {
        // given
        String json = """
                {"directories": [{"id": 1, "name": "Internal", "type": "INTERNAL"}],
                 "users": [{"username": "bob", "directoryId": 1},
                           {"username": "carol", "directoryId": 1, "email": null, "created": null, "lastLogin": null,
                            "groups": null, "displayName": null}]}
                """;

        // when
        DirectoryFixture fixture = FixtureReader.read("f.json", json);

        // then
        assertThat(fixture.directories().get(0).readOnly()).isFalse();
        assertThat(fixture.users()).containsExactly(
                new UserEntry("bob", "bob", null, 1, true, null, null, List.of(), null),
                new UserEntry("carol", "carol", null, 1, true, null, null, List.of(), null));
        assertThat(fixture.groups()).isEmpty();
        assertThat(fixture.applications()).isEmpty();
    }

    @Test
    void emptyDocument_isAValidEmptyDirectory() {
        // when
        DirectoryFixture fixture = FixtureReader.read("f.json", "{}");

        // then
        assertThat(fixture).isEqualTo(new DirectoryFixture(List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void instantsWithOffsetsOrFractions_areInstantsToo() {
        // given
        String json = """
                {"directories": [{"id": 1, "name": "Internal", "type": "INTERNAL"}],
                 "users": [{"username": "bob", "directoryId": 1,
                            "created": "2024-01-10T09:00:00+01:00", "lastLogin": "2025-02-01T09:30:00.250Z"}]}
                """;

        // when
        UserEntry bob = FixtureReader.read("f.json", json).users().get(0);

        // then
        assertThat(bob.created()).isEqualTo(Instant.parse("2024-01-10T08:00:00Z"));
        assertThat(bob.lastLogin()).isEqualTo(Instant.parse("2025-02-01T09:30:00.250Z"));
    }

    @Test
    void references_matchIgnoringCaseAndKeepTheDeclaredSpelling() {
        // given
        String json = """
                {"directories": [{"id": 1, "name": "Internal", "type": "INTERNAL"}],
                 "groups": [{"name": "Service-Accounts", "directoryId": 1, "groups": ["ROBOTS"]},
                            {"name": "robots", "directoryId": 1}],
                 "applications": [{"key": "jira-software", "name": "Jira Software", "groups": ["service-accounts"]}],
                 "users": [{"username": "Build-Bot", "directoryId": 1, "groups": ["Robots"]}],
                 "projects": [{"key": "OPS", "name": "Operations", "lead": "build-bot"}]}
                """;

        // when
        DirectoryFixture fixture = FixtureReader.read("f.json", json);

        // then
        assertThat(fixture.groups().get(0).groups()).containsExactly("robots");
        assertThat(fixture.applications().get(0).groups()).containsExactly("Service-Accounts");
        assertThat(fixture.users().get(0).groups()).containsExactly("robots");
        assertThat(fixture.projects()).containsExactly(new ProjectEntry("OPS", "Operations", "Build-Bot"));
    }

    @Test
    void sections_mayComeInAnyOrder() {
        // given
        String json = """
                {"users": [{"username": "bob", "directoryId": 1, "groups": ["g"]}],
                 "groups": [{"name": "g", "directoryId": 1}],
                 "directories": [{"id": 1, "name": "Internal", "type": "INTERNAL"}]}
                """;

        // when / then
        assertThat(FixtureReader.read("f.json", json).users().get(0).groups()).containsExactly("g");
    }

    @Test
    void writtenFixture_readsBackEqual() {
        // given
        DirectoryFixture fixture = new DirectoryFixture(
                List.of(new DirectoryEntry(1, "Internal", DirectoryType.INTERNAL, false),
                        new DirectoryEntry(7, "Crowd", DirectoryType.CROWD, true)),
                List.of(new GroupEntry("a", 1, List.of("b")), new GroupEntry("b", 1, List.of()),
                        new GroupEntry("c", 7, List.of())),
                List.of(new ApplicationEntry("app", "App", List.of("a", "c"))),
                List.of(new UserEntry("Zoë", "Zoë Weiß", "ZOE@example.com", 7, false,
                                Instant.parse("2020-02-29T23:59:59.123Z"), null, List.of("c"), "object-id-1"),
                        new UserEntry("x\"y", "Quote \"Q\"", "not an email", 1, true, null,
                                Instant.parse("2025-01-01T00:00:00Z"), List.of("a", "b"), null)),
                List.of(new ProjectEntry("P", "Project", "Zoë")));

        // when
        DirectoryFixture readBack = FixtureReader.read("written", FixtureJson.write(fixture));

        // then
        assertThat(readBack).isEqualTo(fixture);
    }
}
