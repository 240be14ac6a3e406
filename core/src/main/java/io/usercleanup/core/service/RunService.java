package io.usercleanup.core.service;

import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.core.store.RunStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts runs and reads their history. A run is started in the background on a bounded
 * executor; a second run of a cleanup while one is going on, on any node, is refused. Each run
 * holds its cleanup's lease from before it is recorded until after its end is recorded.
 */
public final class RunService {
    /** The largest page of users one request may ask for. */
    public static final int MAX_PAGE = 1000;

    private final RunLauncher launcher;
    private final RunStore runs;
    private final RunGuard guard;
    private final RunRecovery recovery;
    private final Executor executor;
    private final Clock clock;

    public RunService(RunLauncher launcher, RunStore runs, RunGuard guard, RunRecovery recovery, Executor executor,
                      Clock clock) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
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
        RunLease lease = acquire(cleanupId);
        RunLauncher.StartedRun started = start(lease, trigger, triggeredBy, dryRun);
        try {
            executor.execute(() -> {
                try {
                    started.execute(lease);
                } finally {
                    lease.release();
                }
            });
        } catch (RejectedExecutionException e) {
            runs.finish(started.record().id(), RunStatus.FAILED, RunCounts.ZERO, clock.instant(),
                    "Too many runs were waiting; nothing was done.");
            lease.release();
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
        RunLease lease = acquire(cleanupId);
        try {
            return start(lease, trigger, triggeredBy, dryRun).execute(lease);
        } finally {
            lease.release();
        }
    }

    /** Records the run and names it in the lease; gives the lease back if either fails. */
    private RunLauncher.StartedRun start(RunLease lease, RunTrigger trigger, String triggeredBy, boolean dryRun) {
        RunLauncher.StartedRun started;
        try {
            started = launcher.start(lease.cleanupId(), trigger, triggeredBy, dryRun);
        } catch (RuntimeException e) {
            lease.release();
            throw e;
        }
        try {
            lease.bind(started.record().id());
        } catch (RuntimeException e) {
            try {
                runs.finish(started.record().id(), RunStatus.FAILED, RunCounts.ZERO, clock.instant(),
                        "The run could not be registered as its cleanup's only run; nothing was done: "
                                + e.getMessage());
            } catch (RuntimeException storeFailure) {
                e.addSuppressed(storeFailure);
            } finally {
                lease.release();
            }
            throw e;
        }
        return started;
    }

    /**
     * Takes the cleanup's lease. When another run holds it, recovery gets a chance first: a lease
     * whose node stopped is broken (its run marked abandoned) and taken over at once.
     */
    private RunLease acquire(long cleanupId) {
        Optional<RunLease> lease = guard.tryAcquire(cleanupId);
        if (lease.isEmpty() && recovery.recover(cleanupId)) {
            lease = guard.tryAcquire(cleanupId);
        }
        return lease.orElseThrow(() -> new ConflictException(
                "Cleanup " + cleanupId + " is running already; wait for that run to finish."));
    }

    public RunRecord get(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("There is no run " + runId));
    }

    /** The runs of a cleanup, newest first; they stay readable after the cleanup is deleted. */
    public List<RunRecord> history(long cleanupId) {
        return runs.findByCleanup(cleanupId);
    }

    /**
     * The cleanups that are gone but whose runs are still recorded, by the name of their last
     * run, so that their history stays reachable: one entry per deleted cleanup, newest run first.
     *
     * @param existing the ids of the cleanups that still exist
     */
    public List<DeletedCleanup> deletedCleanups(Set<Long> existing) {
        // Newest first from the store, so each cleanup's first run seen is its last one.
        Map<Long, DeletedCleanup> byCleanup = new LinkedHashMap<>();
        for (RunRecord run : runs.findByCleanupNotIn(existing)) {
            byCleanup.merge(run.cleanupId(), new DeletedCleanup(run.cleanupId(), run.cleanupName(), 1, run.startedAt()),
                    (last, older) -> new DeletedCleanup(last.id(), last.name(), last.runs() + 1, last.lastRunAt()));
        }
        return byCleanup.values().stream().sorted(Comparator.comparing(DeletedCleanup::lastRunAt).reversed()).toList();
    }

    /**
     * A deleted cleanup with recorded runs.
     *
     * @param id        the cleanup's id, under which its runs are listed
     * @param name      its name, as its last run recorded it
     * @param runs      how many runs are recorded
     * @param lastRunAt when the last of them started
     */
    public record DeletedCleanup(long id, String name, int runs, Instant lastRunAt) {
    }

    /**
     * A page of the run's affected users, ordered by username.
     *
     * @throws ValidationException for a negative start or a limit outside 1 to {@value #MAX_PAGE}
     */
    public Page<UserOutcome> users(long runId, long start, int limit) {
        checkPage(start, limit);
        get(runId);
        return runs.users(runId, start, limit);
    }

    private static void checkPage(long start, int limit) {
        Validation v = new Validation();
        if (start < 0) {
            v.error("start", "Must be 0 or more; it is " + start + ".");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            v.error("limit", "Must be between 1 and " + MAX_PAGE + "; it is " + limit + ".");
        }
        v.throwIfAny();
    }

    /**
     * A page of the run's affected users that the query lists, in its order, searched by the
     * store over the whole run.
     *
     * @throws ValidationException for a negative start or a limit outside 1 to {@value #MAX_PAGE}
     * @throws NotFoundException   when there is no such run
     */
    public Page<UserOutcome> users(long runId, UserQuery query, long start, int limit) {
        checkPage(start, limit);
        get(runId);
        return query.equals(UserQuery.ALL) ? runs.users(runId, start, limit) : runs.users(runId, query, start, limit);
    }

    /**
     * The query Show users asks for, from the request's text: {@code q} (part of a username, full
     * name or email address), {@code outcome} (any number of outcome names), {@code group},
     * {@code sort} ({@code username}, {@code displayName}, {@code email}, {@code lastLogin}) and
     * {@code order} ({@code asc}, {@code desc}); {@code null} or empty for the default.
     *
     * @throws ValidationException naming each parameter that is not one of these
     */
    public static UserQuery userQuery(String text, List<String> outcomes, String group, String sort, String order) {
        Validation v = new Validation();
        String q = text == null || text.isBlank() ? null : v.text("q", text, "The search text");
        String g = group == null || group.isEmpty() ? null : v.text("group", group, "The group name");
        Set<OutcomeType> types = new LinkedHashSet<>();
        for (String outcome : outcomes) {
            OutcomeType type = Enums.parse(v, "outcome", outcome, OutcomeType.class, null);
            if (type != null) {
                types.add(type);
            }
        }
        UserQuery.Sort by = UserQuery.Sort.USERNAME;
        if (sort != null) {
            by = SORTS.get(sort);
            if (by == null) {
                v.error("sort", "'" + sort + "' is not one of username, displayName, email, lastLogin.");
                by = UserQuery.Sort.USERNAME;
            }
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            v.error("order", "'" + order + "' is not one of asc, desc.");
        }
        v.throwIfAny();
        return new UserQuery(q, types, g, by, "desc".equals(order));
    }

    private static final Map<String, UserQuery.Sort> SORTS = Map.of("username", UserQuery.Sort.USERNAME,
            "displayName", UserQuery.Sort.DISPLAY_NAME, "email", UserQuery.Sort.EMAIL,
            "lastLogin", UserQuery.Sort.LAST_LOGIN);

    /**
     * The target groups the run recorded outcomes in, ordered by name.
     *
     * @throws NotFoundException when there is no such run
     */
    public List<String> outcomeGroups(long runId) {
        get(runId);
        return runs.outcomeGroups(runId);
    }
}
