package io.usercleanup.core.service;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.store.RunLeaseStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A run guard for the whole cluster: leases in the shared database. Taking a lease is an insert
 * that the database refuses while the cleanup has one, so two nodes, or a manual and a scheduled
 * run, can never both hold it. A held lease is renewed while its run goes on, by the run itself
 * and by {@link #renewHeld()}, which a timer calls, so that a run waiting for a thread or inside a
 * long directory call is not taken for dead.
 *
 * <p>When the app stops on this node, {@link #close()} stops every run holding one of its leases
 * before the run's next change and waits for the runs to end; and the leases it takes are known by
 * their tokens ({@link #took}), so that recovery at the app's next start can tell this start's runs
 * from the ones a previous start left behind.
 */
public final class LeasedRunGuard implements RunGuard, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LeasedRunGuard.class.getName());

    /** How long {@link #close()} waits for the runs to end: as long as the plugin's executor waits for its threads. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final RunLeaseStore leases;
    private final String nodeId;
    private final Clock clock;
    private final LeaseTimings timings;
    /** Leases taken and not yet released, lost or not: the runs going on. */
    private final Set<HeldLease> held = ConcurrentHashMap.newKeySet();
    /** The tokens of the held leases and of the ones being taken, so that a lease is known as this guard's before it is in the database. */
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Object ended = new Object();
    private volatile boolean stopping;

    /**
     * @param nodeId the node's name in leases, for administrators and logs
     * @param clock  the real clock: leases measure elapsed time on the cluster's synchronised clocks
     */
    public LeasedRunGuard(RunLeaseStore leases, NodeIdentity nodeId, Clock clock, LeaseTimings timings) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId").nodeId();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    /**
     * {@inheritDoc}
     *
     * @throws ConflictException when the app is stopping on this node
     */
    @Override
    public Optional<RunLease> tryAcquire(long cleanupId) {
        if (stopping) {
            throw new ConflictException("User Cleanup is stopping on node " + nodeId
                    + "; start the run again once it is back.");
        }
        Instant now = clock.instant();
        RunLeaseRecord lease = new RunLeaseRecord(cleanupId, nodeId, UUID.randomUUID().toString(), null, now, now);
        tokens.add(lease.token());
        boolean taken = false;
        try {
            taken = leases.insert(lease);
        } finally {
            if (!taken) {
                tokens.remove(lease.token());
            }
        }
        if (!taken) {
            return Optional.empty();
        }
        HeldLease heldLease = new HeldLease(lease);
        held.add(heldLease);
        return Optional.of(heldLease);
    }

    /**
     * Whether this guard took the lease with this token and its run has not ended: a run of the
     * app's current start on this node, not one a previous start left behind.
     */
    public boolean took(String token) {
        return tokens.contains(token);
    }

    /** Renews every lease this node holds whose heartbeat is due; called by a timer. */
    public void renewHeld() {
        if (stopping) {
            return;
        }
        for (HeldLease lease : held) {
            try {
                lease.beat();
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the next tick tries again, well within the timeout.
                LOG.log(System.Logger.Level.WARNING, "User Cleanup could not renew the run lease of cleanup "
                        + lease.cleanupId() + ": " + e.getMessage());
            }
        }
    }

    /** The name of this node in leases. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Stops the runs when the app stops on this node: no lease is taken any more, and every run
     * holding one stops before its next change (its heartbeat throws {@link RunStoppedException}),
     * records its end and gives its lease back; waits up to {@link #STOP_WAIT} for that.
     */
    @Override
    public void close() throws InterruptedException {
        List<Long> running = stop(STOP_WAIT);
        if (!running.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "User Cleanup stopped while the runs of cleanups " + running
                    + " were still inside a directory call; they make no further change, and the app's next start"
                    + " on node " + nodeId + " marks them abandoned.");
        }
    }

    /**
     * Stops the runs like {@link #close()}, waiting at most {@code wait}.
     *
     * @return the cleanups whose runs had not ended when the wait was over
     */
    public List<Long> stop(Duration wait) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (ended) {
            while (!held.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(ended, left);
            }
        }
        return held.stream().map(HeldLease::cleanupId).sorted().toList();
    }

    private final class HeldLease implements RunLease {
        private final long cleanupId;
        private final String token;
        private Instant renewedAt;
        private boolean lost;

        HeldLease(RunLeaseRecord lease) {
            this.cleanupId = lease.cleanupId();
            this.token = lease.token();
            this.renewedAt = lease.heartbeatAt();
        }

        @Override
        public long cleanupId() {
            return cleanupId;
        }

        @Override
        public synchronized void bind(long runId) {
            if (lost || !leases.bind(cleanupId, token, runId)) {
                lost = true;
                throw new LeaseLostException(cleanupId);
            }
        }

        /**
         * {@inheritDoc}
         *
         * @throws RunStoppedException when the app is stopping on this node
         */
        @Override
        public synchronized boolean beat() {
            if (lost) {
                return false;
            }
            if (stopping) {
                throw new RunStoppedException(nodeId);
            }
            Instant now = clock.instant();
            if (now.isBefore(renewedAt.plus(timings.heartbeatInterval()))) {
                return true;
            }
            if (leases.renew(cleanupId, token, now)) {
                renewedAt = now;
            } else {
                lost = true;
            }
            return !lost;
        }

        @Override
        public void release() {
            try {
                releaseHeld();
            } finally {
                // Forgotten only once the row is gone, so that recovery at start never takes it for a
                // lease a previous start left behind.
                tokens.remove(token);
                held.remove(this);
                synchronized (ended) {
                    ended.notifyAll();
                }
            }
        }

        private void releaseHeld() {
            synchronized (this) {
                if (lost) {
                    return;
                }
                lost = true;
            }
            try {
                leases.release(cleanupId, token);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "User Cleanup could not release the run lease of cleanup "
                        + cleanupId + "; recovery breaks it once it is stale: " + e.getMessage());
            }
        }
    }
}
