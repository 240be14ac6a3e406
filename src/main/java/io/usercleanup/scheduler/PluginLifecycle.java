package io.usercleanup.scheduler;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import java.util.Objects;

/**
 * Registers the job runners once the application has fully started (SAL calls {@link #onStart}
 * then, on every node), starts the housekeeping jobs (recovery of abandoned runs, history purge),
 * brings the cleanup jobs in step with the stored cleanups, and unregisters the runners when SAL
 * reports the plugin stopping (disabled, uninstalled or the application shutting down), so no job
 * fires into a stopped plugin.
 */
public class PluginLifecycle implements LifecycleAware {
    private final SchedulerService scheduler;
    private final CleanupJobRunner runner;
    private final CleanupJobScheduler jobs;
    private final MaintenanceJobs maintenance;

    public PluginLifecycle(SchedulerService scheduler, CleanupJobRunner runner, CleanupJobScheduler jobs,
                           MaintenanceJobs maintenance) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    }

    @Override
    public void onStart() {
        maintenance.start();
        scheduler.registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        jobs.reconcile();
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(CleanupJobs.RUNNER_KEY);
        maintenance.stop();
    }
}
