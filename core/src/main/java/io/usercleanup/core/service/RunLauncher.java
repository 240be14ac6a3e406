package io.usercleanup.core.service;

import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.store.CleanupStore;
import io.usercleanup.core.store.IdpStore;

import java.util.Objects;

/**
 * Starts runs of stored cleanups: loads the cleanup and its identity provider, records the
 * start, and hands back the rest of the work, to be done now or on another thread.
 */
public final class RunLauncher {
    private final CleanupStore cleanups;
    private final IdpStore idps;
    private final CleanupRunner runner;

    public RunLauncher(CleanupStore cleanups, IdpStore idps, CleanupRunner runner) {
        this.cleanups = Objects.requireNonNull(cleanups, "cleanups");
        this.idps = Objects.requireNonNull(idps, "idps");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** A run that has been recorded as started, and the work that carries it to its end. */
    public static final class StartedRun {
        private final RunRecord record;
        private final CleanupDefinition cleanup;
        private final IdpConfig idp;
        private final CleanupRunner runner;

        StartedRun(RunRecord record, CleanupDefinition cleanup, IdpConfig idp, CleanupRunner runner) {
            this.record = record;
            this.cleanup = cleanup;
            this.idp = idp;
            this.runner = runner;
        }

        /** The run as recorded at its start ({@code RUNNING}). */
        public RunRecord record() {
            return record;
        }

        /** Carries the run to its end and returns its final record. */
        public RunRecord execute() {
            return execute(RunHeartbeat.NONE);
        }

        /** Carries the run to its end, telling the heartbeat it is alive, and returns its final record. */
        public RunRecord execute(RunHeartbeat heartbeat) {
            return runner.execute(record, cleanup, idp, heartbeat);
        }
    }

    /**
     * Records the start of a run of the cleanup.
     *
     * @throws NotFoundException when the cleanup, or the identity provider it names, is gone
     */
    public StartedRun start(long cleanupId, RunTrigger trigger, String triggeredBy, boolean dryRun) {
        CleanupDefinition cleanup = cleanups.find(cleanupId)
                .orElseThrow(() -> new NotFoundException("There is no cleanup " + cleanupId));
        IdpConfig idp = cleanup.idpId() == null ? null : idps.find(cleanup.idpId())
                .orElseThrow(() -> new NotFoundException("The identity provider " + cleanup.idpId()
                        + " of cleanup '" + cleanup.name() + "' no longer exists"));
        RunRecord record = runner.start(cleanup, idp, trigger, triggeredBy, dryRun);
        return new StartedRun(record, cleanup, idp, runner);
    }

    /** Runs the cleanup to its end on this thread and returns the final record. */
    public RunRecord runNow(long cleanupId, RunTrigger trigger, String triggeredBy, boolean dryRun) {
        return start(cleanupId, trigger, triggeredBy, dryRun).execute();
    }
}
