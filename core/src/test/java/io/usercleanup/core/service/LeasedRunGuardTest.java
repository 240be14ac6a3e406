package io.usercleanup.core.service;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.testing.InMemoryRunLeaseStore;
import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeasedRunGuardTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final LeaseTimings TIMINGS = LeaseTimings.standard();

    private final InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
    private final MutableClock clock = new MutableClock(NOW);
    private final LeasedRunGuard guard = new LeasedRunGuard(leases, () -> "node-1", clock, TIMINGS);

    @Test
    void tryAcquire_takesTheLeaseOnce_andAgainAfterRelease() {
        // when
        RunLease first = guard.tryAcquire(7L).orElseThrow();

        // then
        assertThat(guard.tryAcquire(7L)).isEmpty();
        assertThat(guard.tryAcquire(8L)).isPresent();
        RunLeaseRecord stored = leases.find(7L).orElseThrow();
        assertThat(stored.ownerNode()).isEqualTo("node-1");
        assertThat(stored.runId()).isNull();
        assertThat(stored.heartbeatAt()).isEqualTo(NOW);

        first.release();
        assertThat(leases.find(7L)).isEmpty();
        assertThat(guard.tryAcquire(7L)).isPresent();
    }

    @Test
    void anotherNodesGuard_cannotTakeAHeldLease() {
        LeasedRunGuard other = new LeasedRunGuard(leases, () -> "node-2", clock, TIMINGS);
        guard.tryAcquire(7L).orElseThrow();

        assertThat(other.tryAcquire(7L)).isEmpty();
    }

    @Test
    void bind_namesTheRun() {
        RunLease lease = guard.tryAcquire(7L).orElseThrow();

        lease.bind(42L);

        assertThat(leases.find(7L).orElseThrow().runId()).isEqualTo(42L);
    }

    @Test
    void beat_writesAtMostOncePerHeartbeatInterval() {
        // given
        RunLease lease = guard.tryAcquire(7L).orElseThrow();

        // when: within the interval nothing is written
        clock.advance(TIMINGS.heartbeatInterval().minusSeconds(1));
        assertThat(lease.beat()).isTrue();
        assertThat(leases.find(7L).orElseThrow().heartbeatAt()).isEqualTo(NOW);

        // then: after it, the heartbeat moves
        clock.advance(Duration.ofSeconds(1));
        assertThat(lease.beat()).isTrue();
        assertThat(leases.find(7L).orElseThrow().heartbeatAt()).isEqualTo(NOW.plus(TIMINGS.heartbeatInterval()));
    }

    @Test
    void beat_reportsALostLease_andStaysLost() {
        // given: recovery broke the lease after missed heartbeats and another run took the cleanup
        RunLease lease = guard.tryAcquire(7L).orElseThrow();
        clock.advance(TIMINGS.timeout().plusSeconds(1));
        String token = leases.find(7L).orElseThrow().token();
        assertThat(leases.breakStale(7L, token, clock.instant().minus(TIMINGS.timeout()))).isTrue();
        RunLease next = guard.tryAcquire(7L).orElseThrow();

        // then
        assertThat(lease.beat()).isFalse();
        assertThat(lease.beat()).isFalse();
        assertThatThrownBy(() -> lease.bind(1L)).isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("lost the lease of cleanup 7");
        lease.release();
        assertThat(leases.find(7L)).isPresent();
        assertThat(next.beat()).isTrue();
    }

    @Test
    void renewHeld_renewsEveryHeldLeaseThatIsDue_butNotReleasedOnes() {
        // given
        guard.tryAcquire(7L).orElseThrow();
        RunLease released = guard.tryAcquire(8L).orElseThrow();
        released.release();
        leases.put(new RunLeaseRecord(8L, "node-2", "other", null, NOW, NOW));

        // when
        clock.advance(TIMINGS.heartbeatInterval());
        guard.renewHeld();

        // then
        assertThat(leases.find(7L).orElseThrow().heartbeatAt()).isEqualTo(clock.instant());
        assertThat(leases.find(8L).orElseThrow().heartbeatAt()).isEqualTo(NOW);
    }

    @Test
    void renewHeld_keepsGoingWhenTheDatabaseFails() {
        LeasedRunGuard failing = new LeasedRunGuard(new InMemoryRunLeaseStore() {
            @Override
            public boolean renew(long cleanupId, String token, Instant heartbeatAt) {
                throw new IllegalStateException("database down");
            }
        }, () -> "node-1", clock, TIMINGS);
        RunLease lease = failing.tryAcquire(7L).orElseThrow();
        clock.advance(TIMINGS.heartbeatInterval());

        failing.renewHeld();

        assertThatThrownBy(lease::beat).hasMessage("database down");
    }

    @Test
    void release_leavesALeaseItCannotDeleteToRecovery() {
        LeasedRunGuard failing = new LeasedRunGuard(new InMemoryRunLeaseStore() {
            @Override
            public boolean release(long cleanupId, String token) {
                throw new IllegalStateException("database down");
            }
        }, () -> "node-1", clock, TIMINGS);

        failing.tryAcquire(7L).orElseThrow().release();

        assertThat(failing.nodeId()).isEqualTo("node-1");
    }

    @Test
    void took_knowsThisGuardsLeasesUntilReleased_notOthers() {
        LeasedRunGuard other = new LeasedRunGuard(leases, () -> "node-1", clock, TIMINGS);
        RunLease lease = guard.tryAcquire(7L).orElseThrow();
        String token = leases.find(7L).orElseThrow().token();
        other.tryAcquire(8L).orElseThrow();
        String othersToken = leases.find(8L).orElseThrow().token();

        assertThat(guard.took(token)).isTrue();
        assertThat(guard.took(othersToken)).as("another start's guard on the same node").isFalse();
        lease.release();
        assertThat(guard.took(token)).isFalse();
    }

    @Test
    void tryAcquire_thatLosesTheRaceOrFails_forgetsItsToken() {
        List<String> tried = new ArrayList<>();
        LeasedRunGuard losing = new LeasedRunGuard(new InMemoryRunLeaseStore() {
            @Override
            public boolean insert(RunLeaseRecord lease) {
                tried.add(lease.token());
                return false;
            }
        }, () -> "node-1", clock, TIMINGS);
        LeasedRunGuard failing = new LeasedRunGuard(new InMemoryRunLeaseStore() {
            @Override
            public boolean insert(RunLeaseRecord lease) {
                tried.add(lease.token());
                throw new IllegalStateException("database down");
            }
        }, () -> "node-1", clock, TIMINGS);

        assertThat(losing.tryAcquire(7L)).isEmpty();
        assertThatThrownBy(() -> failing.tryAcquire(7L)).hasMessage("database down");

        assertThat(tried).hasSize(2);
        assertThat(losing.took(tried.get(0))).isFalse();
        assertThat(failing.took(tried.get(1))).isFalse();
    }

    @Test
    void stop_stopsRunsBeforeTheirNextChange_refusesNewOnes_andStillReleases() throws Exception {
        // given: a run going on, beating before every change as the runner does
        RunLease lease = guard.tryAcquire(7L).orElseThrow();
        lease.bind(42L);
        AtomicReference<RuntimeException> stoppedBy = new AtomicReference<>();
        CountDownLatch going = new CountDownLatch(1);
        Thread run = new Thread(() -> {
            try {
                while (lease.beat()) {
                    going.countDown();
                    Thread.sleep(5);
                }
            } catch (RuntimeException e) {
                stoppedBy.set(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lease.release();
            }
        });
        run.start();
        going.await();

        // when: the app stops
        List<Long> running = guard.stop(Duration.ofSeconds(10));
        run.join();

        // then
        assertThat(running).isEmpty();
        assertThat(stoppedBy.get()).isInstanceOf(RunStoppedException.class)
                .hasMessage("User Cleanup was stopped on node node-1 (disabled, updated or the application shut"
                        + " down) while this run was going on; the run stopped before its next change.");
        assertThat(leases.find(7L)).as("the run gave its lease back").isEmpty();
        assertThatThrownBy(() -> guard.tryAcquire(8L)).isInstanceOf(ConflictException.class)
                .hasMessage("User Cleanup is stopping on node node-1; start the run again once it is back.");
        assertThat(leases.find(8L)).isEmpty();
    }

    @Test
    void stop_givesUpAfterTheWait_namingTheRunsStillGoing_andRenewsNothingMore() throws Exception {
        guard.tryAcquire(7L).orElseThrow();
        RunLease other = guard.tryAcquire(3L).orElseThrow();

        long started = System.nanoTime();
        List<Long> running = guard.stop(Duration.ofMillis(100));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(running).containsExactly(3L, 7L);
        clock.advance(TIMINGS.heartbeatInterval());
        guard.renewHeld();
        assertThat(leases.find(7L).orElseThrow().heartbeatAt()).isEqualTo(NOW);
        other.release();
        assertThat(leases.find(3L)).isEmpty();
        assertThat(guard.stop(Duration.ZERO)).containsExactly(7L);
    }

    @Test
    void stop_leavesALostLeaseReportedAsLost() throws Exception {
        RunLease lease = guard.tryAcquire(7L).orElseThrow();
        clock.advance(TIMINGS.timeout().plusSeconds(1));
        leases.breakStale(7L, leases.find(7L).orElseThrow().token(), clock.instant().minus(TIMINGS.timeout()));
        assertThat(lease.beat()).isFalse();

        guard.stop(Duration.ZERO);

        assertThat(lease.beat()).isFalse();
    }

    @Test
    void timings_standardAndForTimeout() {
        assertThat(LeaseTimings.standard()).isEqualTo(new LeaseTimings(Duration.ofMinutes(5), Duration.ofSeconds(30),
                Duration.ofMinutes(1)));
        assertThat(LeaseTimings.forTimeoutSeconds(4)).isEqualTo(new LeaseTimings(Duration.ofSeconds(4),
                Duration.ofMillis(400), Duration.ofSeconds(2)));
        assertThatThrownBy(() -> new LeaseTimings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("three missed heartbeats");
        assertThatThrownBy(() -> new LeaseTimings(Duration.ofSeconds(2), Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("positive");
    }
}
