package io.usercleanup.core.service;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import io.usercleanup.core.testing.InMemoryRunLeaseStore;
import io.usercleanup.core.testing.InMemoryRunStore;
import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What RunService reads back: Show users' search, filters, order and paging; the run's groups; deleted cleanups. */
class RunServiceReadsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final RunService service;

    RunServiceReadsTest() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        MutableClock leaseClock = new MutableClock(NOW);
        InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
        InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
        RunLauncher launcher = new RunLauncher(cleanups, new InMemoryDefinitionStores.Idps(),
                new CleanupRunner(new FakeUserDirectory(), runs, clock, 10));
        service = new RunService(launcher, runs, new LeasedRunGuard(leases, () -> "node-1", leaseClock,
                LeaseTimings.standard()), new RunRecovery(runs, leases, leaseClock, LeaseTimings.standard()),
                Runnable::run, clock);
    }

    private static UserOutcome user(String name, String email, Instant lastLogin, GroupOutcome... outcomes) {
        return new UserOutcome(name, name + " Name", email, 1L, lastLogin, List.of(outcomes), false);
    }

    private static GroupOutcome outcome(String group, OutcomeType type) {
        return new GroupOutcome(group, type, null, null);
    }

    private long recordRun() {
        long runId = runs.start(new NewRun(1L, "Local", RunTrigger.MANUAL, "admin", false, NOW, null, null)).id();
        runs.saveOutcomes(runId, List.of(
                user("amy", "amy@example.com", NOW.minusSeconds(100), outcome("jira-users", OutcomeType.REMOVED)),
                user("Ben", null, null, outcome("jira-users", OutcomeType.FAILED),
                        outcome("Confluence-Users", OutcomeType.REMOVED)),
                user("cy", "cy@corp.example", NOW.minusSeconds(900), outcome("confluence-users", OutcomeType.EXPORTED))));
        return runId;
    }

    private static List<String> names(Page<UserOutcome> page) {
        return page.items().stream().map(UserOutcome::username).toList();
    }

    @Test
    void users_withAQuery_areSearchedFilteredSortedAndPaged_overTheWholeRun() {
        long runId = recordRun();

        Page<UserOutcome> removed = service.users(runId, RunService.userQuery(null, List.of("REMOVED"), null,
                "lastLogin", "desc"), 0, 10);
        Page<UserOutcome> second = service.users(runId, RunService.userQuery("", List.of(), null, "email", null), 1, 1);

        assertThat(names(removed)).containsExactly("amy", "Ben");
        assertThat(removed.total()).isEqualTo(2);
        assertThat(names(service.users(runId, RunService.userQuery("CORP", List.of(), null, null, null), 0, 10)))
                .containsExactly("cy");
        assertThat(names(service.users(runId, RunService.userQuery(null, List.of("FAILED", "EXPORTED"),
                "confluence-users", null, null), 0, 10))).containsExactly("cy");
        assertThat(names(second)).containsExactly("amy");
        assertThat(second.total()).isEqualTo(3);
        assertThat(service.users(runId, UserQuery.ALL, 0, 10)).isEqualTo(service.users(runId, 0, 10));
    }

    @Test
    void userQuery_withoutParameters_isEveryUserInUsernameOrder() {
        assertThat(RunService.userQuery(null, List.of(), null, null, null)).isEqualTo(UserQuery.ALL);
        assertThat(RunService.userQuery("  ", List.of(), "", null, "asc")).isEqualTo(UserQuery.ALL);
    }

    @Test
    void userQuery_namesEachParameterItCannotTake() {
        assertThatThrownBy(() -> RunService.userQuery("a\u0007", List.of("REMOVED", "GONE"), null, "size", "up"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(
                                tuple("q", e.errors().get(0).message()),
                                tuple("outcome", "'GONE' is not one of REMOVED, WOULD_REMOVE, DEACTIVATED, WOULD_DEACTIVATE,"
                                        + " EXPORTED, NO_IDENTIFIER, FAILED, REPORTED."),
                                tuple("sort", "'size' is not one of username, displayName, email, lastLogin."),
                                tuple("order", "'up' is not one of asc, desc.")));
    }

    @Test
    void users_withAQuery_refuseABadPage_andAnUnknownRun() {
        long runId = recordRun();
        UserQuery failed = new UserQuery(null, Set.of(OutcomeType.FAILED), null, UserQuery.Sort.USERNAME, false);

        assertThatThrownBy(() -> service.users(runId, failed, -1, 1001)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("start", "limit"));
        assertThatThrownBy(() -> service.users(404L, failed, 0, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletedCleanups_areThoseWithRunsButNotExisting_eachOnce_byItsLastRunsName_newestFirst() {
        run(1L, "Kept", NOW.minusSeconds(50));
        run(2L, "Old name", NOW.minusSeconds(400));
        run(2L, "Gone", NOW.minusSeconds(300));
        run(3L, "Other", NOW.minusSeconds(100));
        run(2L, "Older name", NOW.minusSeconds(500));

        assertThat(service.deletedCleanups(Set.of(1L))).containsExactly(
                new RunService.DeletedCleanup(3L, "Other", 1, NOW.minusSeconds(100)),
                new RunService.DeletedCleanup(2L, "Gone", 3, NOW.minusSeconds(300)));
        assertThat(service.deletedCleanups(Set.of(1L, 2L, 3L))).isEmpty();
        assertThat(service.deletedCleanups(Set.of())).extracting(RunService.DeletedCleanup::id).containsExactly(1L, 3L, 2L);
    }

    private void run(long cleanupId, String name, Instant startedAt) {
        runs.start(new NewRun(cleanupId, name, RunTrigger.SCHEDULED, null, true, startedAt, null, null));
    }

    @Test
    void outcomeGroups_areTheRunsGroupsOnceEach_andAnUnknownRunIsNotFound() {
        long runId = recordRun();

        assertThat(service.outcomeGroups(runId)).containsExactly("Confluence-Users", "jira-users");
        assertThatThrownBy(() -> service.outcomeGroups(404L)).isInstanceOf(NotFoundException.class);
    }
}
