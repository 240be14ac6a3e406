package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.service.CleanupScheduleListener;
import io.usercleanup.core.store.CleanupStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the scheduler's jobs in step with the cleanups: one {@code RUN_ONCE_PER_CLUSTER} job
 * per enabled, scheduled cleanup, replaced when the cleanup changes and removed when it is
 * disabled, unscheduled or deleted. At start-up {@link #reconcile} repairs any drift, such as a
 * cleanup changed while this node was down.
 */
public class CleanupJobScheduler implements CleanupScheduleListener {
    private static final Logger LOG = LoggerFactory.getLogger(CleanupJobScheduler.class);

    private final SchedulerService scheduler;
    private final CleanupStore cleanups;

    public CleanupJobScheduler(SchedulerService scheduler, CleanupStore cleanups) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.cleanups = Objects.requireNonNull(cleanups, "cleanups");
    }

    @Override
    public void cleanupSaved(CleanupDefinition cleanup) {
        scheduler.unscheduleJob(CleanupJobs.jobId(cleanup.id()));
        if (cleanup.enabled() && cleanup.schedule() != null) {
            schedule(cleanup);
        }
    }

    @Override
    public void cleanupDeleted(long cleanupId) {
        scheduler.unscheduleJob(CleanupJobs.jobId(cleanupId));
    }

    /** Makes the scheduled jobs exactly those of the enabled, scheduled cleanups. */
    public void reconcile() {
        Map<Long, CleanupDefinition> wanted = new HashMap<>();
        for (CleanupDefinition cleanup : cleanups.findAll()) {
            if (cleanup.enabled() && cleanup.schedule() != null) {
                wanted.put(cleanup.id(), cleanup);
            }
        }
        Set<Long> existing = scheduler.getJobsByJobRunnerKey(CleanupJobs.RUNNER_KEY).stream()
                .map(JobDetails::getJobId).map(CleanupJobs::cleanupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (Long cleanupId : existing) {
            if (!wanted.containsKey(cleanupId)) {
                scheduler.unscheduleJob(CleanupJobs.jobId(cleanupId));
            }
        }
        for (CleanupDefinition cleanup : wanted.values()) {
            schedule(cleanup);
        }
    }

    private void schedule(CleanupDefinition cleanup) {
        Map<String, Serializable> parameters = new HashMap<>();
        parameters.put(CleanupJobs.CLEANUP_ID, cleanup.id());
        JobConfig config = JobConfig.forJobRunnerKey(CleanupJobs.RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(SchedulerScheduleCalculator.toSchedule(cleanup.schedule()))
                .withParameters(parameters);
        try {
            scheduler.scheduleJob(CleanupJobs.jobId(cleanup.id()), config);
        } catch (SchedulerServiceException e) {
            // The expression was accepted by the same scheduler when the cleanup was saved; a
            // refusal now (say, after a scheduler upgrade) must not stop the other cleanups.
            LOG.error("User Cleanup could not schedule cleanup '{}' ({}): {}", cleanup.name(), cleanup.id(),
                    e.getMessage());
        }
    }
}
