package io.usercleanup.core.service;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.store.RunLeaseStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Ends, when the app starts on a node, the runs that the node left running when it (or the app on
 * it) stopped, without waiting for their leases to go stale. At start no run of a previous start can
 * still be changing anything: a node that died took its runs with it, and an app that was stopped
 * stopped its runs before their next change ({@link LeasedRunGuard#close()}). So every lease held
 * under this node's name that this start's guard did not take is broken, with one conditional delete
 * on its token and node each, and the run it names is marked {@code ABANDONED}, its unconfirmed
 * changes {@code FAILED}, as {@link RunRecovery} does for stale leases.
 *
 * <p>Leases of other nodes wait for the lease timeout; a lease another node took meanwhile has
 * another node and token and is never broken; this start's own runs are known to the guard and
 * left alone.
 */
public final class StartupRecovery {
    private final RunRecovery recovery;
    private final RunLeaseStore leases;
    private final LeasedRunGuard guard;
    private final Clock clock;

    /** @param clock the real clock, as for {@link LeasedRunGuard} */
    public StartupRecovery(RunRecovery recovery, RunLeaseStore leases,
                           LeasedRunGuard guard, Clock clock) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.leases = Objects.requireNonNull(leases, "leases");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Breaks this node's leases of before its start and abandons their runs; returns the runs abandoned. */
    public List<RunRecord> recoverOwnRuns() {
        String node = guard.nodeId();
        Instant now = clock.instant();
        List<RunRecord> abandoned = new ArrayList<>();
        for (RunLeaseRecord lease : leases.findHeldBy(node)) {
            if (guard.took(lease.token()) || !leases.breakHeldBy(lease.cleanupId(), lease.token(), node)) {
                continue;
            }
            // A lease that names no run yet leaves its run, if one was recorded, without a lease:
            // RunRecovery ends it as orphaned on its pass at start.
            if (lease.runId() != null) {
                recovery.abandon(lease.runId(), message(lease, now)).ifPresent(abandoned::add);
            }
        }
        return abandoned;
    }

    private static String message(RunLeaseRecord lease, Instant now) {
        return "Abandoned: node " + lease.ownerNode() + " started again at " + now + " while this run was still"
                + " marked running there; the run had stopped with the node or the app on it (last sign of life "
                + lease.heartbeatAt() + ").";
    }
}
