package io.usercleanup.devhost.jira;

import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.devhost.DevHostProduct;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory directory the core's tests use, the plugin's Jira adapter over the dev host's
 * Jira and its Confluence adapter over the dev host's Confluence behave alike for the changes a run makes and the checks a dry run makes instead: the same
 * refusals with the same reasons, a check that changes nothing, and a check that answers as the
 * change would. So what the core's tests show with the fake holds on Jira and Confluence; only
 * the products' own refusals differ ({@link ProductRules}).
 */
class UserDirectoryContractTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String LEAD_REFUSAL =
            "Cannot deactivate user 'paula' because they are the lead of these projects: OPS";
    private static final String FIXTURE = """
            {
              "directories": [
                {"id": 1, "name": "Jira Internal Directory", "type": "INTERNAL", "readOnly": false},
                {"id": 20000, "name": "Corporate LDAP", "type": "CONNECTOR", "readOnly": true}
              ],
              "groups": [
                {"name": "local", "directoryId": 1},
                {"name": "other", "directoryId": 1},
                {"name": "ldap", "directoryId": 20000}
              ],
              "applications": [],
              "users": [
                {"username": "bob", "displayName": "bob Name", "email": "bob@example.com", "directoryId": 1,
                 "active": true, "created": "2023-05-01T08:00:00Z", "lastLogin": "2025-01-15T10:00:00Z",
                 "groups": ["local"]},
                {"username": "paula", "displayName": "paula Name", "email": "paula@example.com", "directoryId": 1,
                 "active": true, "created": "2023-05-01T08:00:00Z", "lastLogin": "2025-01-15T10:00:00Z",
                 "groups": ["local"]},
                {"username": "lee", "displayName": "lee Name", "email": "lee@example.com", "directoryId": 20000,
                 "active": true, "created": "2023-05-01T08:00:00Z", "lastLogin": "2025-01-15T10:00:00Z",
                 "groups": ["local", "ldap"]}
              ],
              "projects": [{"key": "OPS", "name": "Operations", "lead": "paula"}]
            }
            """;

    static Stream<Arguments> directories() {
        Supplier<UserDirectory> fake = () -> {
            Instant created = Instant.parse("2023-05-01T08:00:00Z");
            Instant login = Instant.parse("2025-01-15T10:00:00Z");
            return new FakeUserDirectory()
                    .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
                    .directory(20000, "Corporate LDAP", DirectoryKind.CONNECTOR, true)
                    .group("local", 1)
                    .group("other", 1)
                    .group("ldap", 20000)
                    .user("bob", "bob@example.com", 1, created, login, "local")
                    .user("paula", "paula@example.com", 1, created, login, "local")
                    .user("lee", "lee@example.com", 20000, created, login, "local", "ldap")
                    .refuseDeactivation("paula", LEAD_REFUSAL);
        };
        Supplier<UserDirectory> jira = () -> {
            TestDatabases.resetTables();
            DevHostJira host = new DevHostJira(TestDatabases.all().findFirst().orElseThrow().dataSource(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            host.load(FixtureReader.read("directory.json", FIXTURE));
            return JiraAdapter.over(host);
        };
        Supplier<UserDirectory> confluence = () -> {
            TestDatabases.resetTables();
            DevHostJira host = new DevHostJira(TestDatabases.all().findFirst().orElseThrow().dataSource(),
                    Clock.fixed(NOW, ZoneOffset.UTC), DevHostProduct.CONFLUENCE);
            host.load(FixtureReader.read("directory.json", FIXTURE));
            return ConfluenceAdapter.over(host);
        };
        return Stream.of(Arguments.of("in-memory fake", fake, JIRA_RULES),
                Arguments.of("Jira adapter on the dev host", jira, JIRA_RULES),
                Arguments.of("Confluence adapter on the dev host", confluence, CONFLUENCE_RULES));
    }

    /**
     * What differs between the products: the refusal that is the product's own (Jira: a project
     * lead; Confluence, which has none: the administrator the cleanup acts as), with a group the
     * refused user is in, and the removal a read-only directory refuses (Jira asks the user's
     * directory, Confluence the group's).
     */
    record ProductRules(String refusedUser, String refusedUsersGroup, String refusal,
                        String readOnlyGroup, String readOnlyRemoval) {
    }

    private static final ProductRules JIRA_RULES = new ProductRules("paula", "local",
            "user 'paula' cannot be deactivated: Jira refused it: " + LEAD_REFUSAL, "local",
            "user 'lee' cannot be removed from group 'local': directory 'Corporate LDAP' is read-only");
    private static final ProductRules CONFLUENCE_RULES = new ProductRules(DevHostAccounts.ADMIN,
            DevHostProduct.CONFLUENCE.administratorsGroup(),
            "user 'admin' cannot be deactivated: they are the administrator the cleanup acts as, who would be locked out",
            "ldap", "user 'lee' cannot be removed from group 'ldap': the group's directory 'Corporate LDAP' is read-only");

    /** A change or check that may be refused. */
    private interface Call {
        void run(UserDirectory directory) throws DirectoryChangeException;
    }

    /** Runs the call as the administrator, as runs do; the refusal's reason, or empty when allowed. */
    private static Optional<String> refusal(UserDirectory directory, Call call) {
        List<String> reasons = new ArrayList<>();
        directory.actingAs(DevHostAccounts.ADMIN, () -> {
            try {
                call.run(directory);
            } catch (DirectoryChangeException e) {
                reasons.add(e.getMessage());
            }
        });
        return reasons.stream().findFirst();
    }

    private static DirectoryUser member(UserDirectory directory, String username) {
        return member(directory, "local", username);
    }

    private static DirectoryUser member(UserDirectory directory, String group, String username) {
        List<DirectoryUser> members = new ArrayList<>();
        directory.forEachDirectMember(List.of(group), user -> {
            if (user.username().equals(username)) {
                members.add(user);
            }
        });
        return members.isEmpty() ? null : members.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void unknownUsernames_areThoseNoUserHas_whateverTheCase_deactivatedUsersIncluded(
            String name, Supplier<UserDirectory> directories, ProductRules rules) throws DirectoryChangeException {
        UserDirectory directory = directories.get();
        directory.actingAs(DevHostAccounts.ADMIN, () -> {
            try {
                directory.deactivate("bob");
            } catch (DirectoryChangeException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(directory.unknownUsernames(List.of("BOB", "nobody", "Lee", "NOBODY", "ghost", "paula")))
                .containsExactly("nobody", "ghost");
        assertThat(directory.unknownUsernames(List.of("bob", "lee"))).isEmpty();
        assertThat(directory.unknownUsernames(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void removal_checkAllowsIt_changesNothing_thenTheRemovalWorks_andTheCheckThenRefusesIt(
            String name, Supplier<UserDirectory> directories, ProductRules rules) {
        UserDirectory directory = directories.get();

        assertThat(refusal(directory, d -> d.checkRemoveFromGroup("bob", "local"))).isEmpty();
        assertThat(member(directory, "bob")).isNotNull();
        assertThat(refusal(directory, d -> d.removeFromGroup("bob", "local"))).isEmpty();
        assertThat(member(directory, "bob")).isNull();
        String notDirect = "user 'bob' is no longer a direct member of group 'local'";
        assertThat(refusal(directory, d -> d.checkRemoveFromGroup("bob", "local"))).contains(notDirect);
        assertThat(refusal(directory, d -> d.removeFromGroup("bob", "local"))).contains(notDirect);
        assertThat(refusal(directory, d -> d.checkRemoveFromGroup("paula", "other")))
                .contains("user 'paula' is no longer a direct member of group 'other'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void removal_refusals_areTheSameForCheckAndChange(String name, Supplier<UserDirectory> directories,
                                                      ProductRules rules) {
        UserDirectory directory = directories.get();

        assertSameRefusal(directory, d -> d.checkRemoveFromGroup("lee", rules.readOnlyGroup()),
                d -> d.removeFromGroup("lee", rules.readOnlyGroup()), rules.readOnlyRemoval());
        assertSameRefusal(directory, d -> d.checkRemoveFromGroup("nobody", "local"),
                d -> d.removeFromGroup("nobody", "local"), "user 'nobody' no longer exists");
        assertSameRefusal(directory, d -> d.checkRemoveFromGroup("bob", "gone"), d -> d.removeFromGroup("bob", "gone"),
                "group 'gone' no longer exists");
        assertThat(member(directory, rules.readOnlyGroup(), "lee")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void deactivation_checkAllowsIt_changesNothing_thenTheDeactivationWorks(String name,
                                                                           Supplier<UserDirectory> directories,
                                                                           ProductRules rules) {
        UserDirectory directory = directories.get();

        assertThat(refusal(directory, d -> d.checkDeactivate("bob"))).isEmpty();
        assertThat(member(directory, "bob").active()).isTrue();
        assertThat(refusal(directory, d -> d.deactivate("bob"))).isEmpty();
        assertThat(member(directory, "bob").active()).isFalse();
        // an inactive user needs nothing: neither the check nor the change refuses
        assertThat(refusal(directory, d -> d.checkDeactivate("bob"))).isEmpty();
        assertThat(refusal(directory, d -> d.deactivate("bob"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directories")
    void deactivation_refusals_areTheSameForCheckAndChange(String name, Supplier<UserDirectory> directories,
                                                           ProductRules rules) {
        UserDirectory directory = directories.get();

        assertSameRefusal(directory, d -> d.checkDeactivate(rules.refusedUser()), d -> d.deactivate(rules.refusedUser()),
                rules.refusal());
        assertSameRefusal(directory, d -> d.checkDeactivate("lee"), d -> d.deactivate("lee"),
                "user 'lee' cannot be deactivated: directory 'Corporate LDAP' is read-only");
        assertSameRefusal(directory, d -> d.checkDeactivate("nobody"), d -> d.deactivate("nobody"),
                "user 'nobody' no longer exists");
        assertThat(member(directory, rules.refusedUsersGroup(), rules.refusedUser()).active()).isTrue();
    }

    private static void assertSameRefusal(UserDirectory directory, Call check, Call change, String reason) {
        assertThat(refusal(directory, check)).as("check").contains(reason);
        assertThat(refusal(directory, change)).as("change").contains(reason);
    }
}
