package io.usercleanup.core.service;

import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.store.RunStore;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts runs and reads their history. A run is started in the background on a bounded
 * executor; a second run of a cleanup while one is going on is refused.
 */
public final class RunService {
    /** The largest page of users one request may ask for. */
    public static final int MAX_PAGE = 1000;

    private final RunLauncher launcher;
    private final RunStore runs;
    private final RunGuard guard;
    private final Executor executor;
    private final Clock clock;

    public RunService(RunLauncher launcher, RunStore runs, RunGuard guard, Executor executor, Clock clock) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a run in the background and returns it as recorded so far ({@code RUNNING}, or
     * already finished).
     *
     * @throws ConflictException when the cleanup is running already, or too many runs are queued
     * @throws NotFoundException when there is no such cleanup
     */
    public RunRecord startInBackground(long cleanupId, RunTrigger trigger, String triggeredBy, boolean dryRun) {
        acquire(cleanupId);
        RunLauncher.StartedRun started;
        try {
            started = launcher.start(cleanupId, trigger, triggeredBy, dryRun);
        } catch (RuntimeException e) {
            guard.release(cleanupId);
            throw e;
        }
        try {
            executor.execute(() -> {
                try {
                    started.execute();
                } finally {
                    guard.release(cleanupId);
                }
            });
        } catch (RejectedExecutionException e) {
            guard.release(cleanupId);
            runs.finish(started.record().id(), RunStatus.FAILED, RunCounts.ZERO, clock.instant(),
                    "Too many runs were waiting; nothing was done.");
            throw new ConflictException("Too many runs are waiting to start; try again when one has finished.");
        }
        return runs.find(started.record().id()).orElse(started.record());
    }

    /**
     * Runs the cleanup to its end on this thread (for the scheduler's job).
     *
     * @throws ConflictException when the cleanup is running already
     */
    public RunRecord runNow(long cleanupId, RunTrigger trigger, String triggeredBy, boolean dryRun) {
        acquire(cleanupId);
        try {
            return launcher.runNow(cleanupId, trigger, triggeredBy, dryRun);
        } finally {
            guard.release(cleanupId);
        }
    }

    private void acquire(long cleanupId) {
        if (!guard.tryAcquire(cleanupId)) {
            throw new ConflictException("Cleanup " + cleanupId + " is running already; wait for that run to finish.");
        }
    }

    public RunRecord get(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("There is no run " + runId));
    }

    /** The runs of a cleanup, newest first; they stay readable after the cleanup is deleted. */
    public List<RunRecord> history(long cleanupId) {
        return runs.findByCleanup(cleanupId);
    }

    /**
     * A page of the run's affected users, ordered by username.
     *
     * @throws ValidationException for a negative start or a limit outside 1 to {@value #MAX_PAGE}
     */
    public Page<UserOutcome> users(long runId, long start, int limit) {
        Validation v = new Validation();
        if (start < 0) {
            v.error("start", "Must be 0 or more; it is " + start + ".");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            v.error("limit", "Must be between 1 and " + MAX_PAGE + "; it is " + limit + ".");
        }
        v.throwIfAny();
        get(runId);
        return runs.users(runId, start, limit);
    }
}
