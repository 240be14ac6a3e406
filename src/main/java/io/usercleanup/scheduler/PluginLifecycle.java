package io.usercleanup.scheduler;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import java.util.Objects;

/**
 * Registers the cleanup job runner once the application has fully started (SAL calls
 * {@link #onStart} then, on every node), brings the jobs in step with the stored cleanups, and
 * unregisters the runner when SAL reports the plugin stopping (disabled, uninstalled or the
 * application shutting down), so no job fires into a stopped plugin.
 */
public class PluginLifecycle implements LifecycleAware {
    private final SchedulerService scheduler;
    private final CleanupJobRunner runner;
    private final CleanupJobScheduler jobs;

    public PluginLifecycle(SchedulerService scheduler, CleanupJobRunner runner, CleanupJobScheduler jobs) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        jobs.reconcile();
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(CleanupJobs.RUNNER_KEY);
    }
}
