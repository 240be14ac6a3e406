package io.usercleanup.core.service;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.store.RunLeaseStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run guard for the whole cluster: leases in the shared database. Taking a lease is an insert
 * that the database refuses while the cleanup has one, so two nodes, or a manual and a scheduled
 * run, can never both hold it. A held lease is renewed while its run goes on, by the run itself
 * and by {@link #renewHeld()}, which a timer calls, so that a run waiting for a thread or inside a
 * long directory call is not taken for dead.
 */
public final class LeasedRunGuard implements RunGuard {
    private static final System.Logger LOG = System.getLogger(LeasedRunGuard.class.getName());

    private final RunLeaseStore leases;
    private final String nodeId;
    private final Clock clock;
    private final LeaseTimings timings;
    private final Set<HeldLease> held = ConcurrentHashMap.newKeySet();

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

    @Override
    public Optional<RunLease> tryAcquire(long cleanupId) {
        Instant now = clock.instant();
        RunLeaseRecord lease = new RunLeaseRecord(cleanupId, nodeId, UUID.randomUUID().toString(), null, now, now);
        if (!leases.insert(lease)) {
            return Optional.empty();
        }
        HeldLease taken = new HeldLease(lease);
        held.add(taken);
        return Optional.of(taken);
    }

    /** Renews every lease this node holds whose heartbeat is due; called by a timer. */
    public void renewHeld() {
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

        @Override
        public synchronized boolean beat() {
            if (lost) {
                return false;
            }
            Instant now = clock.instant();
            if (now.isBefore(renewedAt.plus(timings.heartbeatInterval()))) {
                return true;
            }
            if (leases.renew(cleanupId, token, now)) {
                renewedAt = now;
            } else {
                lost = true;
                held.remove(this);
            }
            return !lost;
        }

        @Override
        public void release() {
            held.remove(this);
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
