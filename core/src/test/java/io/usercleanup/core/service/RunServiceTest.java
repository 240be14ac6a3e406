package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import io.usercleanup.core.testing.InMemoryRunLeaseStore;
import io.usercleanup.core.testing.InMemoryRunStore;
import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final LeaseTimings TIMINGS = LeaseTimings.standard();

    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .group("jira-local-users", 1)
            .user("bob", "bob@example.com", 1, NOW.minus(Duration.ofDays(900)), NOW.minus(Duration.ofDays(200)),
                    "jira-local-users");
    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
    private final MutableClock leaseClock = new MutableClock(NOW);
    private final InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
    private final List<Runnable> queued = new ArrayList<>();
    private long cleanupId;

    private RunService service(Executor executor) {
        cleanupId = cleanups.create(new CleanupDefinition(null, "Local", true, List.of("jira-local-users"), List.of(),
                90, NeverLoggedInPolicy.EXCLUDED, List.of(), List.of(), CleanupAction.REMOVE_FROM_GROUPS, null,
                null)).id();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RunLauncher launcher = new RunLauncher(cleanups, new InMemoryDefinitionStores.Idps(),
                new CleanupRunner(directory, runs, clock, 10));
        return new RunService(launcher, runs, new LeasedRunGuard(leases, () -> "node-1", leaseClock, TIMINGS),
                new RunRecovery(runs, leases, leaseClock, TIMINGS), executor, clock);
    }

    @Test
    void startInBackground_holdsTheLeaseNamingTheRun_untilTheRunEnds() {
        RunService service = service(queued::add);

        RunRecord started = service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false);

        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(leases.find(cleanupId).orElseThrow().runId()).isEqualTo(started.id());
        assertThatThrownBy(() -> service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", true))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Cleanup " + cleanupId + " is running already; wait for that run to finish.");
        assertThatThrownBy(() -> service.runNow(cleanupId, RunTrigger.SCHEDULED, null, false))
                .isInstanceOf(ConflictException.class);
        queued.forEach(Runnable::run);
        assertThat(runs.find(started.id()).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(leases.find(cleanupId)).isEmpty();
        assertThat(runs.findByCleanup(cleanupId)).hasSize(1);
    }

    @Test
    void runNow_releasesTheLeaseAfterwards() {
        RunService service = service(Runnable::run);

        RunRecord run = service.runNow(cleanupId, RunTrigger.SCHEDULED, null, false);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(leases.find(cleanupId)).isEmpty();
    }

    @Test
    void staleLeaseOfAStoppedNode_isTakenOver_andItsRunAbandoned() {
        // given: node-2 died in the middle of a run
        RunService service = service(Runnable::run);
        RunRecord dead = runs.start(new NewRun(cleanupId, "Local", RunTrigger.SCHEDULED, null, false, NOW, null,
                CsvTemplate.CURRENT));
        leases.put(new RunLeaseRecord(cleanupId, "node-2", "dead", dead.id(), NOW, NOW));
        leaseClock.advance(TIMINGS.timeout().plusSeconds(1));

        // when
        RunRecord run = service.runNow(cleanupId, RunTrigger.MANUAL, "admin", false);

        // then
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(runs.find(dead.id()).orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
    }

    @Test
    void unknownCleanup_givesTheLeaseBack() {
        RunService service = service(Runnable::run);

        assertThatThrownBy(() -> service.runNow(999L, RunTrigger.MANUAL, "admin", false))
                .isInstanceOf(NotFoundException.class);
        assertThat(leases.find(999L)).isEmpty();
    }

    @Test
    void fullQueue_endsTheRunFailed_andGivesTheLeaseBack() {
        RunService service = service(command -> {
            throw new RejectedExecutionException("full");
        });

        assertThatThrownBy(() -> service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false))
                .isInstanceOf(ConflictException.class);
        assertThat(runs.findByCleanup(cleanupId)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.FAILED));
        assertThat(leases.find(cleanupId)).isEmpty();
    }

    @Test
    void leaseLostBeforeTheRunIsNamed_endsTheRunFailed_withoutDoingAnything() {
        // given: a lease store that refuses to name the run, as when the lease was broken meanwhile
        InMemoryRunLeaseStore refusing = new InMemoryRunLeaseStore() {
            @Override
            public boolean bind(long cleanupId, String token, long runId) {
                return false;
            }
        };
        service(Runnable::run);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RunService service = new RunService(new RunLauncher(cleanups, new InMemoryDefinitionStores.Idps(),
                new CleanupRunner(directory, runs, clock, 10)), runs,
                new LeasedRunGuard(refusing, () -> "node-1", leaseClock, TIMINGS),
                new RunRecovery(runs, refusing, leaseClock, TIMINGS), Runnable::run, clock);

        // when
        assertThatThrownBy(() -> service.runNow(cleanupId, RunTrigger.MANUAL, "admin", false))
                .isInstanceOf(LeaseLostException.class);

        // then
        assertThat(runs.findByCleanup(cleanupId)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.message()).startsWith("The run could not be registered as its cleanup's only run");
        });
        assertThat(directory.changes()).isEmpty();
    }
}
