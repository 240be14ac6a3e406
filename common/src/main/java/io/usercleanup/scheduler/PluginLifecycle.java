package io.usercleanup.scheduler;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.service.StartupRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Registers the job runners once the application has fully started (SAL calls {@link #onStart}
 * then, on every node), starts the housekeeping jobs (recovery of abandoned runs, history purge),
 * brings the cleanup jobs in step with the stored cleanups, and unregisters the runners when SAL
 * reports the plugin stopping (disabled, uninstalled or the application shutting down), so no job
 * fires into a stopped plugin. Before anything can start a run from the scheduler, the runs this
 * node left running when it last stopped are marked abandoned ({@link StartupRecovery}), so that
 * their cleanups need not wait for the lease timeout.
 */
public class PluginLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);

    private final SchedulerService scheduler;
    private final CleanupJobRunner runner;
    private final CleanupJobScheduler jobs;
    private final MaintenanceJobs maintenance;
    private final StartupRecovery startupRecovery;

    public PluginLifecycle(SchedulerService scheduler, CleanupJobRunner runner, CleanupJobScheduler jobs,
                           MaintenanceJobs maintenance, StartupRecovery startupRecovery) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.startupRecovery = Objects.requireNonNull(startupRecovery, "startupRecovery");
    }

    @Override
    public void onStart() {
        recoverOwnRuns();
        maintenance.start();
        scheduler.registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        jobs.reconcile();
    }

    private void recoverOwnRuns() {
        try {
            List<RunRecord> abandoned = startupRecovery.recoverOwnRuns();
            if (!abandoned.isEmpty()) {
                LOG.warn("User Cleanup marked runs abandoned that were going on when this node last stopped: {}",
                        abandoned.stream().map(r -> r.id() + " (" + r.cleanupName() + ")")
                                .collect(Collectors.joining(", ")));
            }
        } catch (RuntimeException e) {
            // Starting must not fail for it: the regular recovery ends those runs once their leases are stale.
            LOG.error("User Cleanup could not end the runs this node left running when it last stopped; recovery"
                    + " ends them after the lease timeout instead: {}", e.getMessage(), e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(CleanupJobs.RUNNER_KEY);
        maintenance.stop();
    }
}
