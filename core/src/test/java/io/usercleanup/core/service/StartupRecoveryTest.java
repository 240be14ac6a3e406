package io.usercleanup.core.service;

import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.testing.InMemoryRunLeaseStore;
import io.usercleanup.core.testing.InMemoryRunStore;
import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class StartupRecoveryTest {
    private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
    private static final LeaseTimings TIMINGS = LeaseTimings.standard();

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
    private final MutableClock clock = new MutableClock(START);
    private final RunRecovery recovery = new RunRecovery(runs, leases, clock, TIMINGS);

    private RunRecord running(long cleanupId) {
        return runs.start(new NewRun(cleanupId, "Cleanup " + cleanupId, RunTrigger.MANUAL, "admin", false, START, null,
                CsvTemplate.CURRENT));
    }

    /** A lease as a node left it, its heartbeat a moment ago: far from stale. */
    private RunLeaseRecord lease(long cleanupId, String node, Long runId) {
        RunLeaseRecord lease = new RunLeaseRecord(cleanupId, node, node + "-token-" + cleanupId, runId,
                START.minusSeconds(60), START.minusSeconds(10));
        leases.put(lease);
        return lease;
    }

    private StartupRecovery startupOf(LeasedRunGuard guard) {
        return new StartupRecovery(recovery, leases, guard, clock);
    }

    private LeasedRunGuard guard(String node) {
        return new LeasedRunGuard(leases, () -> node, clock, TIMINGS);
    }

    private static UserOutcome user(String name, OutcomeType outcome) {
        return new UserOutcome(name, name, name + "@example.com", 1L, START.minus(Duration.ofDays(200)),
                List.of(new GroupOutcome("jira-local-users", outcome, null, null)), false);
    }

    @Test
    void ownRunOfBeforeTheStart_isAbandonedAtOnce_keepingWhatItRecorded() {
        // given: node-1 recorded one batch, planned another and died; its heartbeat is 10 seconds old
        RunRecord run = running(7L);
        runs.saveOutcomes(run.id(), List.of(user("alice", OutcomeType.REMOVED)));
        runs.updateCounts(run.id(), new RunCounts(1, 1, 0, 0, 1, 0, 0, 0, 0, 0));
        runs.savePlanned(run.id(), List.of(user("bob", OutcomeType.REMOVED)));
        lease(7L, "node-1", run.id());

        // when: node-1 starts again
        List<RunRecord> abandoned = startupOf(guard("node-1")).recoverOwnRuns();

        // then
        assertThat(abandoned).extracting(RunRecord::id).containsExactly(run.id());
        RunRecord after = runs.find(run.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(after.finishedAt()).isEqualTo(START);
        assertThat(after.message()).isEqualTo("Abandoned: node node-1 started again at " + START + " while this run"
                + " was still marked running there; the run had stopped with the node or the app on it (last sign"
                + " of life " + START.minusSeconds(10) + ").");
        assertThat(after.counts().removed()).isEqualTo(1);
        assertThat(after.counts().failed()).isEqualTo(1);
        List<UserOutcome> users = new ArrayList<>();
        runs.forEachUser(run.id(), users::add);
        assertThat(users).extracting(u -> u.username(), u -> u.outcomes().get(0).outcome())
                .containsExactly(tuple("alice", OutcomeType.REMOVED), tuple("bob", OutcomeType.FAILED));
        assertThat(users.get(1).outcomes().get(0).reason())
                .startsWith("The run stopped before this change was confirmed: Abandoned: node node-1 started again");
        assertThat(leases.find(7L)).isEmpty();
    }

    @Test
    void otherNodesRuns_waitForTheLeaseTimeout() {
        RunRecord other = running(7L);
        RunLeaseRecord otherLease = lease(7L, "node-2", other.id());

        assertThat(startupOf(guard("node-1")).recoverOwnRuns()).isEmpty();

        assertThat(runs.find(other.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(leases.find(7L)).contains(otherLease);
    }

    @Test
    void leaseAnotherNodeTookMeanwhile_isNotBroken() {
        // given: between reading node-1's lease and breaking it, node-2 broke it as stale and took the cleanup
        RunRecord old = running(7L);
        RunLeaseRecord seen = new RunLeaseRecord(7L, "node-1", "node-1-token", old.id(), START, START);
        RunRecord taken = running(7L);
        RunLeaseRecord retaken = new RunLeaseRecord(7L, "node-2", "node-2-token", taken.id(), START, START);
        InMemoryRunLeaseStore racing = new InMemoryRunLeaseStore() {
            @Override
            public synchronized List<RunLeaseRecord> findHeldBy(String ownerNode) {
                List<RunLeaseRecord> found = super.findHeldBy(ownerNode);
                put(retaken);
                return found;
            }
        };
        racing.put(seen);
        LeasedRunGuard guard = new LeasedRunGuard(racing, () -> "node-1", clock, TIMINGS);

        // when
        List<RunRecord> abandoned = new StartupRecovery(new RunRecovery(runs, racing, clock, TIMINGS), racing, guard,
                clock).recoverOwnRuns();

        // then: node-2's lease and run are untouched, and node-2's recovery is left to end the old run
        assertThat(abandoned).isEmpty();
        assertThat(racing.find(7L)).contains(retaken);
        assertThat(runs.find(taken.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.find(old.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void runsStartedByThisStart_areLeftAlone() {
        // given: this start's guard took a lease and its run is going on
        LeasedRunGuard guard = guard("node-1");
        RunLease lease = guard.tryAcquire(7L).orElseThrow();
        RunRecord run = running(7L);
        lease.bind(run.id());

        // when
        List<RunRecord> abandoned = startupOf(guard).recoverOwnRuns();

        // then
        assertThat(abandoned).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(leases.find(7L).orElseThrow().runId()).isEqualTo(run.id());
        assertThat(lease.beat()).isTrue();
    }

    @Test
    void leaseBeingTakenWhileRecoveryRuns_isLeftAlone() {
        // given: recovery runs between the lease's insert and the guard learning that it succeeded
        AtomicReference<StartupRecovery> startup = new AtomicReference<>();
        AtomicReference<List<RunRecord>> abandoned = new AtomicReference<>();
        InMemoryRunLeaseStore store = new InMemoryRunLeaseStore() {
            @Override
            public synchronized boolean insert(RunLeaseRecord lease) {
                boolean inserted = super.insert(lease);
                abandoned.set(startup.get().recoverOwnRuns());
                return inserted;
            }
        };
        LeasedRunGuard guard = new LeasedRunGuard(store, () -> "node-1", clock, TIMINGS);
        startup.set(new StartupRecovery(new RunRecovery(runs, store, clock, TIMINGS), store, guard, clock));

        // when
        RunLease lease = guard.tryAcquire(7L).orElseThrow();

        // then
        assertThat(abandoned.get()).isEmpty();
        assertThat(store.find(7L)).isPresent();
        assertThat(lease.beat()).isTrue();
    }

    @Test
    void runsOfAPreviousStartInTheSameJvm_areStoppedAndAbandoned() {
        // given: the app was disabled while a run was inside a long directory call, so the old guard's
        // wait ended with the run still holding its lease, and the app was enabled again
        LeasedRunGuard previous = guard("node-1");
        RunLease stuck = previous.tryAcquire(7L).orElseThrow();
        RunRecord run = running(7L);
        stuck.bind(run.id());
        List<Long> stillRunning;
        try {
            stillRunning = previous.stop(Duration.ofMillis(10));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(stillRunning).containsExactly(7L);

        // when
        List<RunRecord> abandoned = startupOf(guard("node-1")).recoverOwnRuns();

        // then: the run is abandoned, and when its call returns it can change nothing more
        assertThat(abandoned).extracting(RunRecord::id).containsExactly(run.id());
        assertThat(leases.find(7L)).isEmpty();
        assertThatThrownBy(stuck::beat).isInstanceOf(RunStoppedException.class);
    }

    @Test
    void leaseNamingNoRun_isBroken_andRecoveryThenEndsTheRunItLeftWithoutLease() {
        RunRecord run = running(7L);
        lease(7L, "node-1", null);

        assertThat(startupOf(guard("node-1")).recoverOwnRuns()).isEmpty();
        assertThat(leases.find(7L)).isEmpty();

        assertThat(recovery.recoverAll()).extracting(RunRecord::id).containsExactly(run.id());
    }

    @Test
    void leaseLeftByARunThatEnded_isBroken_andTheRunKeepsItsEnd() {
        RunRecord run = running(7L);
        runs.finish(run.id(), RunStatus.SUCCEEDED, RunCounts.ZERO, START, null);
        lease(7L, "node-1", run.id());

        assertThat(startupOf(guard("node-1")).recoverOwnRuns()).isEmpty();

        assertThat(leases.find(7L)).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void severalOwnRuns_areAllAbandoned_othersKept() {
        RunRecord first = running(7L);
        RunRecord second = running(8L);
        RunRecord others = running(9L);
        lease(7L, "node-1", first.id());
        lease(8L, "node-1", second.id());
        lease(9L, "node-10", others.id());

        assertThat(startupOf(guard("node-1")).recoverOwnRuns()).extracting(RunRecord::id)
                .containsExactly(first.id(), second.id());
        assertThat(leases.findAll()).extracting(RunLeaseRecord::cleanupId).containsExactly(9L);
    }
}
