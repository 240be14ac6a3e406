package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.directory.DirectoryChangeException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import io.usercleanup.jira.JiraUserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.usercleanup.devhost.jira.DemoDirectory.ENTRA_DIRECTORY;
import static io.usercleanup.devhost.jira.DemoDirectory.INTERNAL_DIRECTORY;
import static io.usercleanup.devhost.jira.DemoDirectory.LDAP_DIRECTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDirectoryTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final DirectoryFixture DEMO = DemoDirectory.generate(NOW);
    private static final List<String> SOFTWARE_GROUPS =
            List.of(DemoDirectory.SOFTWARE_USERS, DemoDirectory.LOCAL_USERS, DemoDirectory.LDAP_USERS);

    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @Test
    void sameNow_givesTheSameDirectory() {
        // when / then
        assertThat(DemoDirectory.generate(NOW)).isEqualTo(DEMO);
        assertThat(DemoDirectory.json(NOW)).isEqualTo(DemoDirectory.json(NOW));
    }

    @Test
    void laterNow_shiftsEveryDateByAsMuch() {
        // when
        DirectoryFixture later = DemoDirectory.generate(NOW.plus(Duration.ofDays(10)));

        // then
        for (int i = 0; i < DEMO.users().size(); i++) {
            UserEntry before = DEMO.users().get(i);
            UserEntry after = later.users().get(i);
            assertThat(after.username()).isEqualTo(before.username());
            assertThat(after.created()).isEqualTo(plusTenDays(before.created()));
            assertThat(after.lastLogin()).isEqualTo(plusTenDays(before.lastLogin()));
        }
    }

    @Test
    void json_readsBackThroughTheFixtureReaderAsTheSameDirectory() {
        // when
        DirectoryFixture read = FixtureReader.read(DemoDirectory.SOURCE, DemoDirectory.json(NOW));

        // then
        assertThat(read).isEqualTo(DEMO);
    }

    @Test
    void structure_isEntraLdapAndInternalWithTheirLicensingGroups() {
        // then
        assertThat(DEMO.directories()).containsExactly(
                new DirectoryEntry(INTERNAL_DIRECTORY, "Jira Internal Directory", DirectoryType.INTERNAL, false),
                new DirectoryEntry(ENTRA_DIRECTORY, "Microsoft Entra ID", DirectoryType.AZURE_AD, true),
                new DirectoryEntry(LDAP_DIRECTORY, "Corporate LDAP", DirectoryType.CONNECTOR, true));
        assertThat(DEMO.groups()).extracting(GroupEntry::name, GroupEntry::directoryId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jira-software-users", ENTRA_DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("jira-servicedesk-agents", ENTRA_DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("jira-local-users", INTERNAL_DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("service-accounts", INTERNAL_DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("robots", INTERNAL_DIRECTORY),
                org.assertj.core.groups.Tuple.tuple("ldap-jira-users", LDAP_DIRECTORY));
        assertThat(DEMO.groups().get(3).groups()).containsExactly("robots");
        assertThat(DEMO.applications()).containsExactly(
                new ApplicationEntry("jira-software", "Jira Software", SOFTWARE_GROUPS),
                new ApplicationEntry("jira-servicemanagement", "Jira Service Management",
                        List.of("jira-servicedesk-agents")));
    }

    @Test
    void users_areAboutTwoThousandMostlyFromEntra() {
        // when
        Map<Long, Long> byDirectory = DEMO.users().stream()
                .collect(Collectors.groupingBy(UserEntry::directoryId, Collectors.counting()));

        // then
        assertThat(DEMO.users()).hasSizeBetween(1900, 2100);
        assertThat(byDirectory.get(ENTRA_DIRECTORY)).isBetween(1300L, 1500L);
        assertThat(byDirectory.get(INTERNAL_DIRECTORY)).isBetween(300L, 400L);
        assertThat(byDirectory.get(LDAP_DIRECTORY)).isBetween(200L, 300L);
        assertThat(members("jira-servicedesk-agents")).isBetween(200L, 350L);
    }

    @Test
    void activity_isSpreadOverEveryCategory() {
        // given
        int total = DEMO.users().size();

        // then
        assertThat(count(active().and(loggedInWithinDays(0, 60)))).isBetween(total * 45L / 100, total * 60L / 100);
        assertThat(count(active().and(loggedInWithinDays(60, 90)))).isGreaterThan(total * 3L / 100);
        assertThat(count(active().and(loggedInWithinDays(90, 700)))).isBetween(total * 20L / 100, total * 32L / 100);
        assertThat(count(active().and(loggedInWithinDays(700, Integer.MAX_VALUE)))).isZero();
        assertThat(count(active().and(neverLoggedIn()).and(u -> u.created() != null))).isGreaterThan(total * 5L / 100);
        assertThat(count(active().and(neverLoggedIn()).and(u -> u.created() != null)
                .and(u -> u.created().isAfter(NOW.minus(Duration.ofDays(30)))))).isGreaterThan(10);
        assertThat(count(active().and(neverLoggedIn()).and(u -> u.created() == null))).isGreaterThan(total / 100L);
        assertThat(count(u -> !u.active())).isBetween(total * 3L / 100, total * 8L / 100);
    }

    @Test
    void creationDates_areUnknownOnlyOutsideTheInternalDirectory_andNeverAfterTheLastLogin() {
        // then
        assertThat(count(u -> u.created() == null && u.directoryId() == INTERNAL_DIRECTORY)).isZero();
        assertThat(count(u -> u.created() != null && u.lastLogin() != null && u.created().isAfter(u.lastLogin())))
                .isZero();
        assertThat(count(u -> (u.created() != null && u.created().isAfter(NOW))
                || (u.lastLogin() != null && u.lastLogin().isAfter(NOW)))).isZero();
    }

    @Test
    void emails_includeMissingMalformedAndUpperCaseOnes() {
        // then
        assertThat(count(u -> u.email() == null)).isBetween(10L, 60L);
        assertThat(count(u -> u.email() != null && u.email().chars().filter(c -> c == '@').count() != 1))
                .isBetween(5L, 40L);
        assertThat(count(u -> u.email() != null && u.email().contains(" "))).isPositive();
        assertThat(count(u -> u.email() != null && !u.email().equals(u.email().toLowerCase()))).isBetween(10L, 80L);
    }

    @Test
    void serviceAccounts_andRobots_areLicensedThroughTheLocalGroup() {
        // then
        assertThat(members("service-accounts")).isEqualTo(8);
        assertThat(members("robots")).isEqualTo(6);
        assertThat(DEMO.users()).filteredOn(u -> u.groups().contains("service-accounts") || u.groups().contains("robots"))
                .allMatch(u -> u.groups().contains("jira-local-users") && u.directoryId() == INTERNAL_DIRECTORY);
        assertThat(DEMO.users()).filteredOn(u -> u.groups().contains("robots"))
                .anyMatch(u -> u.lastLogin() == null)
                .anyMatch(u -> u.lastLogin() != null && u.lastLogin().isBefore(NOW.minus(Duration.ofDays(90))));
    }

    @Test
    void projects_areLedByAStaleContractor_aStaleEntraUser_andAnActiveOne() {
        // then
        assertThat(DEMO.projects()).extracting(ProjectEntry::key).containsExactly("OPS", "HR", "WEB");
        UserEntry ops = user(DEMO.projects().get(0).lead());
        UserEntry hr = user(DEMO.projects().get(1).lead());
        UserEntry web = user(DEMO.projects().get(2).lead());
        assertThat(ops.directoryId()).isEqualTo(INTERNAL_DIRECTORY);
        assertThat(ops.lastLogin()).isBefore(NOW.minus(Duration.ofDays(90)));
        assertThat(hr.directoryId()).isEqualTo(ENTRA_DIRECTORY);
        assertThat(hr.lastLogin()).isBefore(NOW.minus(Duration.ofDays(90)));
        assertThat(web.lastLogin()).isAfter(NOW.minus(Duration.ofDays(60)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void loadDemo_givesTheAdapterEveryUserAndTheNestedServiceAccounts(TestDatabase database) throws Exception {
        // given
        DevHostJira jira = new DevHostJira(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        jira.loadDemo();
        JiraUserDirectory directory = JiraAdapter.asAdministrator(jira);
        List<DirectoryUser> members = new ArrayList<>();

        // when
        directory.forEachDirectMember(SOFTWARE_GROUPS, members::add);

        // then
        assertThat(members).hasSize((int) count(u -> u.groups().stream().anyMatch(SOFTWARE_GROUPS::contains)));
        assertThat(directory.memberKeysIncludingNested(List.of("service-accounts"))).hasSize(14);
        assertThat(jira.userManager().getTotalUserCount()).isEqualTo(DEMO.users().size() + 3);
        String opsLead = DEMO.projects().get(0).lead();
        assertThatThrownBy(() -> directory.deactivate(opsLead))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessageContaining("Jira refused it: Cannot deactivate user '" + opsLead + "'");
        directory.removeFromGroup("svc-backup", "jira-local-users");
        assertThat(jira.groupManager().isUserInGroup("svc-backup", "jira-local-users")).isFalse();
    }

    private static Instant plusTenDays(Instant instant) {
        return instant == null ? null : instant.plus(Duration.ofDays(10));
    }

    private static long count(Predicate<UserEntry> predicate) {
        return DEMO.users().stream().filter(predicate).count();
    }

    private static long members(String group) {
        return count(u -> u.groups().contains(group));
    }

    private static UserEntry user(String username) {
        return DEMO.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static Predicate<UserEntry> active() {
        return UserEntry::active;
    }

    private static Predicate<UserEntry> neverLoggedIn() {
        return u -> u.lastLogin() == null;
    }

    /** A last login at least {@code fromDays} and less than {@code toDays} before now. */
    private static Predicate<UserEntry> loggedInWithinDays(long fromDays, long toDays) {
        return u -> {
            if (u.lastLogin() == null) {
                return false;
            }
            Duration age = Duration.between(u.lastLogin(), NOW);
            return age.compareTo(Duration.ofDays(fromDays)) >= 0
                    && (toDays == Integer.MAX_VALUE || age.compareTo(Duration.ofDays(toDays)) < 0);
        };
    }
}
