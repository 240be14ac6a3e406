package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.rules.Exclusions;
import io.usercleanup.core.rules.InactivityRule;
import io.usercleanup.core.rules.OutcomePlanner;
import io.usercleanup.core.rules.UserPlan;
import io.usercleanup.core.store.RunStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Runs a cleanup: evaluates it against the directory user by user, records the run, carries out
 * the actions and records their outcomes. Users are streamed and handled in batches, so memory
 * stays flat whatever the directory's size.
 *
 * <p>In a real run each batch is recorded as planned before anything is changed, and then with
 * what really happened; if the run dies between the two, the planned rows say what it was doing
 * and are later marked failed, so the record never claims a change that was not confirmed.
 *
 * <p>Changes are made as an administrator ({@link #actingAdministrator}): the one who started a
 * manual run, or the one who saved the cleanup last for a scheduled run.
 *
 * <p>A dry run goes through the same steps, except that it records no planned rows and asks the
 * directory, as the same administrator, what the real run would ask before each change, instead
 * of making it; a change the real run would have refused is therefore {@code FAILED} with the same
 * reason in the dry run.
 */
public final class CleanupRunner {
    /** Users per batch: one transaction for the planned rows and one for the outcomes. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    private static final System.Logger LOG = System.getLogger(CleanupRunner.class.getName());

    private final UserDirectory directory;
    private final RunStore runs;
    private final Clock clock;
    private final int batchSize;
    private final TargetResolver targets;
    private final ActionExecutor executor;

    public CleanupRunner(UserDirectory directory, RunStore runs, Clock clock, int batchSize) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.batchSize = batchSize;
        this.targets = new TargetResolver(directory);
        this.executor = new ActionExecutor(directory);
    }

    /** Records the start of a run of the cleanup, with status {@code RUNNING}. */
    public RunRecord start(CleanupDefinition cleanup, IdpConfig idp, RunTrigger trigger, String triggeredBy,
                           boolean dryRun) {
        IdpConfig exporting = idp != null && idp.provisioningEnabled() ? idp : null;
        return runs.start(new NewRun(cleanup.id(), cleanup.name(), trigger, triggeredBy, dryRun, clock.instant(),
                exporting == null ? null : exporting.id(), exporting == null ? null : exporting.csvTemplate()));
    }

    /**
     * Carries out a started run to its end and returns its final record. Any exception ends the run
     * {@code FAILED} with the exception's message, and so does a {@link LinkageError} of a call into
     * the host, with a message naming the member that did not link; this method does not throw for
     * them. Any other {@link Error} ends the record {@code FAILED} as far as the store still can and
     * is then thrown on.
     */
    public RunRecord execute(RunRecord run, CleanupDefinition cleanup, IdpConfig idp) {
        return execute(run, cleanup, idp, RunHeartbeat.NONE);
    }

    /**
     * Carries out a started run like {@link #execute(RunRecord, CleanupDefinition, IdpConfig)}, telling
     * the heartbeat that it is alive as it goes. When the heartbeat says the run lost its lease, the
     * run records what it has done and stops before changing anything else.
     */
    public RunRecord execute(RunRecord run, CleanupDefinition cleanup, IdpConfig idp, RunHeartbeat heartbeat) {
        RunTally tally = new RunTally();
        try {
            List<GroupInfo> groups = targets.targetGroups(cleanup);
            Exclusions exclusions = new Exclusions(cleanup.excludeUsers(), targets.excludedMemberKeys(cleanup));
            InactivityRule inactivity = new InactivityRule(cleanup.inactiveDays(), cleanup.neverLoggedIn(),
                    run.startedAt());
            OutcomePlanner planner = new OutcomePlanner(cleanup, idp, directory.directories(), groups, exclusions,
                    inactivity, run.dryRun());
            Batch batch = new Batch(run, actingAdministrator(run, cleanup), tally, heartbeat);
            List<String> groupNames = groups.stream().map(GroupInfo::name).collect(Collectors.toList());
            directory.forEachDirectMember(groupNames, user -> batch.add(planner.plan(user)));
            batch.flush();
            batch.requireLease();
            RunStatus status = tally.snapshot().failed() > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
            return end(run, status, tally, null);
        } catch (RuntimeException e) {
            return fail(run, tally, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "User Cleanup run " + run.id() + " of cleanup " + run.cleanupId()
                    + " stopped: a call into the product did not link", e);
            return fail(run, tally, HostApiMismatch.message(e), e);
        } catch (Error e) {
            // Not an ordinary failure (the VM is out of memory or stack, or something is badly
            // wrong): it goes on to whoever runs this thread. Ending the record first, as far as the
            // store still can, spares the run from staying RUNNING until recovery finds it.
            try {
                fail(run, tally, "The run stopped on a fatal error (" + e + "); see the application log", e);
            } catch (RuntimeException | Error storeFailure) {
                e.addSuppressed(storeFailure);
            }
            throw e;
        }
    }

    /**
     * Whom the run's changes are made as: the administrator who started it by hand, or, for a
     * scheduled run, the administrator who saved the cleanup last (its schedule is theirs).
     */
    static String actingAdministrator(RunRecord run, CleanupDefinition cleanup) {
        return run.trigger() == RunTrigger.MANUAL ? run.triggeredBy() : cleanup.savedBy();
    }

    private RunRecord fail(RunRecord run, RunTally tally, String message, Throwable cause) {
        try {
            tally.countFailed(runs.failPending(run.id(),
                    "The run stopped before this change was confirmed: " + message));
        } catch (RuntimeException | LinkageError storeFailure) {
            cause.addSuppressed(storeFailure);
        }
        return end(run, RunStatus.FAILED, tally, message);
    }

    /** Ends the run unless recovery has ended it already (as abandoned, after missed heartbeats). */
    private RunRecord end(RunRecord run, RunStatus status, RunTally tally, String message) {
        return runs.finishIfRunning(run.id(), status, tally.snapshot(), clock.instant(), message)
                .orElseGet(() -> runs.find(run.id()).orElseThrow());
    }

    /** Collects affected users and records and carries them out a batch at a time. */
    private final class Batch {
        private final RunRecord run;
        private final String administrator;
        private final RunTally tally;
        private final RunHeartbeat heartbeat;
        private final List<UserPlan> plans = new ArrayList<>();

        Batch(RunRecord run, String administrator, RunTally tally, RunHeartbeat heartbeat) {
            this.run = run;
            this.administrator = administrator;
            this.tally = tally;
            this.heartbeat = heartbeat;
        }

        void requireLease() {
            if (!heartbeat.beat()) {
                throw new LeaseLostException(run.cleanupId());
            }
        }

        void add(UserPlan plan) {
            requireLease();
            tally.countUser(plan.category());
            if (plan.affects()) {
                plans.add(plan);
                if (plans.size() >= batchSize) {
                    flush();
                }
            }
        }

        void flush() {
            if (plans.isEmpty()) {
                return;
            }
            requireLease();
            if (!run.dryRun()) {
                runs.savePlanned(run.id(), plans.stream().map(UserPlan::outcome).collect(Collectors.toList()));
            }
            List<UserOutcome> outcomes = new ArrayList<>(plans.size());
            try {
                // A dry run asks the directory, as the same administrator, everything the real run
                // asks before it changes something, so it predicts the real run's refusals.
                directory.actingAs(administrator, () -> {
                    for (UserPlan plan : plans) {
                        requireLease();
                        outcomes.add(run.dryRun() ? executor.check(plan) : executor.execute(plan));
                    }
                });
            } catch (RuntimeException | LinkageError stopped) {
                // What was done before the stop is recorded as done; the rest stays pending and
                // is marked failed as unconfirmed (a dry run has nothing pending).
                try {
                    record(outcomes);
                } catch (RuntimeException | LinkageError storeFailure) {
                    stopped.addSuppressed(storeFailure);
                }
                throw stopped;
            }
            record(outcomes);
        }

        private void record(List<UserOutcome> outcomes) {
            if (!outcomes.isEmpty()) {
                // A dry run has no planned rows to replace, so its outcomes are simply appended.
                if (run.dryRun()) {
                    runs.appendOutcomes(run.id(), outcomes);
                } else {
                    runs.saveOutcomes(run.id(), outcomes);
                }
                outcomes.forEach(tally::countOutcomes);
                runs.updateCounts(run.id(), tally.snapshot());
            }
            plans.clear();
        }
    }
}
