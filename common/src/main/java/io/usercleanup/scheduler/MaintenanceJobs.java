package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.usercleanup.core.service.LeaseTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The app's housekeeping jobs, under constant keys and ids. Recovery runs on every node
 * ({@code RUN_LOCALLY}): at start and then every recovery interval, so that a node finds runs
 * abandoned by others even while the rest of the cluster is down. The history purge runs once a
 * day somewhere in the cluster ({@code RUN_ONCE_PER_CLUSTER}), scheduled only if the cluster does
 * not have it yet.
 */
public class MaintenanceJobs {
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceJobs.class);

    /** The runner that recovers abandoned runs. */
    public static final JobRunnerKey RECOVERY_RUNNER = JobRunnerKey.of("io.usercleanup.user-cleanup:run-recovery");
    /** This node's recovery job. */
    public static final JobId RECOVERY_JOB = JobId.of("io.usercleanup.user-cleanup:run-recovery");
    /** The runner that purges old history. */
    public static final JobRunnerKey PURGE_RUNNER = JobRunnerKey.of("io.usercleanup.user-cleanup:history-purge");
    /** The cluster's daily purge job. */
    public static final JobId PURGE_JOB = JobId.of("io.usercleanup.user-cleanup:history-purge");
    /** The purge's schedule: every day at 04:15 (the scheduler's default time zone). */
    public static final String PURGE_CRON = "0 15 4 * * ?";

    private final SchedulerService scheduler;
    private final RunRecoveryJob recovery;
    private final HistoryPurgeJob purge;
    private final LeaseTimings timings;

    public MaintenanceJobs(SchedulerService scheduler, RunRecoveryJob recovery, HistoryPurgeJob purge,
                           LeaseTimings timings) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.purge = Objects.requireNonNull(purge, "purge");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    /** Registers the runners and schedules the jobs; recovery first runs right away. */
    public void start() {
        scheduler.registerJobRunner(RECOVERY_RUNNER, recovery);
        scheduler.registerJobRunner(PURGE_RUNNER, purge);
        schedule(RECOVERY_JOB, JobConfig.forJobRunnerKey(RECOVERY_RUNNER)
                .withRunMode(RunMode.RUN_LOCALLY)
                .withSchedule(Schedule.forInterval(timings.recoveryInterval().toMillis(), null)));
        if (scheduler.getJobDetails(PURGE_JOB) == null) {
            schedule(PURGE_JOB, JobConfig.forJobRunnerKey(PURGE_RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(PURGE_CRON)));
        }
    }

    /** Stops this node's recovery and unregisters the runners; the cluster's purge job stays scheduled. */
    public void stop() {
        scheduler.unscheduleJob(RECOVERY_JOB);
        scheduler.unregisterJobRunner(RECOVERY_RUNNER);
        scheduler.unregisterJobRunner(PURGE_RUNNER);
    }

    private void schedule(JobId id, JobConfig config) {
        try {
            scheduler.scheduleJob(id, config);
        } catch (SchedulerServiceException e) {
            // Cleanups still run and are still guarded without housekeeping; say so loudly.
            LOG.error("User Cleanup could not schedule its job {}: {}", id, e.getMessage(), e);
        }
    }
}
