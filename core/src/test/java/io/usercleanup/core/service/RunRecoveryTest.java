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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RunRecoveryTest {
    private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
    private static final LeaseTimings TIMINGS = LeaseTimings.standard();

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
    private final MutableClock clock = new MutableClock(START);
    private final RunRecovery recovery = new RunRecovery(runs, leases, clock, TIMINGS);

    private RunRecord running(long cleanupId) {
        return runs.start(new NewRun(cleanupId, "Cleanup " + cleanupId, RunTrigger.SCHEDULED, null, false, START, null,
                CsvTemplate.CURRENT));
    }

    private void lease(long cleanupId, Long runId, Instant heartbeat) {
        leases.put(new RunLeaseRecord(cleanupId, "node-2", "token-" + cleanupId, runId, START, heartbeat));
    }

    private static UserOutcome user(String name, OutcomeType outcome) {
        return new UserOutcome(name, name, name + "@example.com", 1L, START.minus(Duration.ofDays(200)),
                List.of(new GroupOutcome("jira-local-users", outcome, null, null)), false);
    }

    @Test
    void staleLease_isBroken_andItsRunAbandoned_keepingWhatWasRecorded() {
        // given: a run that recorded one batch, planned another and whose node then stopped
        RunRecord run = running(7L);
        runs.saveOutcomes(run.id(), List.of(user("alice", OutcomeType.REMOVED)));
        runs.updateCounts(run.id(), new RunCounts(1, 1, 0, 0, 1, 0, 0, 0, 0, 0));
        runs.savePlanned(run.id(), List.of(user("bob", OutcomeType.REMOVED)));
        lease(7L, run.id(), START);
        clock.advance(TIMINGS.timeout().plusSeconds(1));

        // when
        List<RunRecord> abandoned = recovery.recoverAll();

        // then
        assertThat(abandoned).extracting(RunRecord::id).containsExactly(run.id());
        RunRecord after = runs.find(run.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(after.finishedAt()).isEqualTo(clock.instant());
        assertThat(after.message()).isEqualTo("Abandoned: node node-2 stopped renewing the run's lease at "
                + START + " and gave no sign of life for more than 5 minutes; the node probably stopped or lost"
                + " the database.");
        assertThat(after.counts().removed()).isEqualTo(1);
        assertThat(after.counts().failed()).isEqualTo(1);
        List<UserOutcome> users = new ArrayList<>();
        runs.forEachUser(run.id(), users::add);
        assertThat(users).extracting(u -> u.username(), u -> u.outcomes().get(0).outcome())
                .containsExactly(tuple("alice", OutcomeType.REMOVED), tuple("bob", OutcomeType.FAILED));
        assertThat(users.get(1).outcomes().get(0).reason()).startsWith(
                "The run stopped before this change was confirmed: Abandoned: node node-2");
        assertThat(leases.find(7L)).isEmpty();
    }

    @Test
    void liveLease_leavesItsRunAlone() {
        RunRecord run = running(7L);
        lease(7L, run.id(), START);
        clock.advance(TIMINGS.timeout());

        assertThat(recovery.recoverAll()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(leases.find(7L)).isPresent();
    }

    @Test
    void liveLeaseNamingNoRunYet_coversTheRunBeingStarted() {
        RunRecord run = running(7L);
        lease(7L, null, START);

        assertThat(recovery.recoverAll()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void runningRunWithoutAnyLease_isAbandoned() {
        RunRecord run = running(7L);

        assertThat(recovery.recoverAll()).extracting(RunRecord::id).containsExactly(run.id());
        assertThat(runs.find(run.id()).orElseThrow().message()).contains("no node held its cleanup");
    }

    @Test
    void runningRunWhoseCleanupHasMovedOnToAnotherRun_isAbandoned() {
        RunRecord old = running(7L);
        RunRecord current = running(7L);
        lease(7L, current.id(), START);

        assertThat(recovery.recoverAll()).extracting(RunRecord::id).containsExactly(old.id());
        assertThat(runs.find(old.id()).orElseThrow().message()).contains("run " + current.id() + " of the same cleanup");
        assertThat(runs.find(current.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void staleLeaseNamingNoRun_isBrokenWithoutAbandoningAnything() {
        lease(7L, null, START);
        clock.advance(TIMINGS.timeout().plusMillis(1));

        assertThat(recovery.recoverAll()).isEmpty();
        assertThat(leases.find(7L)).isEmpty();
    }

    @Test
    void finishedRuns_areNeverTouched() {
        RunRecord run = running(7L);
        runs.finish(run.id(), RunStatus.SUCCEEDED, RunCounts.ZERO, START, null);
        lease(7L, run.id(), START);
        clock.advance(Duration.ofHours(1));

        assertThat(recovery.recoverAll()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(leases.find(7L)).isEmpty();
    }

    @Test
    void recover_breaksOnlyAStaleLease() {
        RunRecord run = running(7L);
        lease(7L, run.id(), START);

        assertThat(recovery.recover(7L)).isFalse();
        assertThat(recovery.recover(8L)).isFalse();
        clock.advance(TIMINGS.timeout().plusSeconds(1));
        assertThat(recovery.recover(7L)).isTrue();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
    }

    @Test
    void staleLeaseRenewedAtTheLastMoment_isKept() {
        // given: the holder renews between recovery reading the lease and breaking it
        RunRecord run = running(7L);
        lease(7L, run.id(), START);
        clock.advance(TIMINGS.timeout().plusSeconds(1));
        RunRecovery racing = new RunRecovery(runs, new InMemoryRunLeaseStore() {
            {
                put(new RunLeaseRecord(7L, "node-2", "token-7", run.id(), START, START));
            }

            @Override
            public boolean breakStale(long cleanupId, String token, Instant cutoff) {
                renew(cleanupId, token, clock.instant());
                return super.breakStale(cleanupId, token, cutoff);
            }
        }, clock, TIMINGS);

        assertThat(racing.recoverAll()).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void describe_saysMinutesOrSeconds() {
        assertThat(RunRecovery.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(RunRecovery.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
        assertThat(RunRecovery.describe(Duration.ofSeconds(1))).isEqualTo("1 second");
    }
}
