package io.usercleanup.core.service;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.store.RunLeaseStore;
import io.usercleanup.core.store.RunStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds runs whose node stopped and marks them {@code ABANDONED}, so that no run stays
 * "running" forever and its cleanup can run again. A run is abandoned when its cleanup's lease is
 * stale (its holder has not renewed it for longer than the timeout), or when no live lease names
 * it at all. What the run recorded stays; its changes that were planned but never confirmed
 * become {@code FAILED} with the reason. Safe to run on every node at once: leases are broken
 * only if still exactly as seen, and a run is ended only while it is still running.
 */
public final class RunRecovery {
    private final RunStore runs;
    private final RunLeaseStore leases;
    private final Clock clock;
    private final LeaseTimings timings;

    /** @param clock the real clock, as for {@link LeasedRunGuard} */
    public RunRecovery(RunStore runs, RunLeaseStore leases, Clock clock, LeaseTimings timings) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.leases = Objects.requireNonNull(leases, "leases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    /** Breaks every stale lease and abandons every run no live lease holds; returns the runs abandoned. */
    public List<RunRecord> recoverAll() {
        Instant cutoff = clock.instant().minus(timings.timeout());
        List<RunRecord> abandoned = new ArrayList<>();
        for (RunLeaseRecord lease : leases.findAll()) {
            if (lease.staleAt(cutoff)) {
                breakLease(lease, cutoff).ifPresent(abandoned::add);
            }
        }
        for (RunRecord run : runs.findByStatus(RunStatus.RUNNING)) {
            orphan(run, cutoff).ifPresent(abandoned::add);
        }
        return abandoned;
    }

    /**
     * Breaks the cleanup's lease if it is stale, abandoning the run it names.
     *
     * @return {@code true} when the lease was stale and is gone now
     */
    public boolean recover(long cleanupId) {
        Instant cutoff = clock.instant().minus(timings.timeout());
        Optional<RunLeaseRecord> lease = leases.find(cleanupId).filter(l -> l.staleAt(cutoff));
        if (lease.isEmpty()) {
            return false;
        }
        boolean broken = leases.breakStale(cleanupId, lease.get().token(), cutoff);
        if (broken && lease.get().runId() != null) {
            abandon(lease.get().runId(), stoppedMessage(lease.get()));
        }
        return broken;
    }

    private Optional<RunRecord> breakLease(RunLeaseRecord lease, Instant cutoff) {
        if (!leases.breakStale(lease.cleanupId(), lease.token(), cutoff) || lease.runId() == null) {
            return Optional.empty();
        }
        return abandon(lease.runId(), stoppedMessage(lease));
    }

    /**
     * A running run is held while its cleanup's lease is live and names it, or names no run yet
     * (the run was recorded a moment ago and is about to be named). The lease is read before the
     * run is ended, and a run's own node ends it before releasing its lease, so a run that ended
     * meanwhile is seen as ended and left alone.
     */
    private Optional<RunRecord> orphan(RunRecord run, Instant cutoff) {
        Optional<RunLeaseRecord> lease = leases.find(run.cleanupId());
        if (lease.isPresent() && !lease.get().staleAt(cutoff)) {
            Long holder = lease.get().runId();
            if (holder == null || holder == run.id()) {
                return Optional.empty();
            }
            return abandon(run.id(), "Abandoned: the run stopped without ending, and run " + holder
                    + " of the same cleanup has started since.");
        }
        if (lease.isPresent()) {
            RunLeaseRecord stale = lease.get();
            if (!leases.breakStale(stale.cleanupId(), stale.token(), cutoff)) {
                return Optional.empty();
            }
            if (stale.runId() != null && stale.runId() != run.id()) {
                abandon(stale.runId(), stoppedMessage(stale));
            }
            return abandon(run.id(), stoppedMessage(stale));
        }
        return abandon(run.id(), "Abandoned: the run was still marked running, but no node held its cleanup"
                + " any more; the node running it stopped before it could record its end.");
    }

    /**
     * Marks the run abandoned with the message if it is still running, failing its unconfirmed
     * changes; empty when it had ended already.
     */
    Optional<RunRecord> abandon(long runId, String message) {
        Optional<RunRecord> run = runs.find(runId).filter(r -> r.status() == RunStatus.RUNNING);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        int failed = runs.failPending(runId, "The run stopped before this change was confirmed: " + message);
        return runs.finishIfRunning(runId, RunStatus.ABANDONED, run.get().counts().plusFailed(failed),
                clock.instant(), message);
    }

    private String stoppedMessage(RunLeaseRecord lease) {
        return "Abandoned: node " + lease.ownerNode() + " stopped renewing the run's lease at " + lease.heartbeatAt()
                + " and gave no sign of life for more than " + describe(timings.timeout())
                + "; the node probably stopped or lost the database.";
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
