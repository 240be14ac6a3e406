package io.usercleanup.scheduler;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * The scheduler identities of cleanups: one job runner for all of them, under a constant key,
 * and one job per scheduled cleanup, with an id derived from the cleanup's id, so that every
 * node of a cluster names the same job the same way.
 */
public final class CleanupJobs {
    /** The runner of every cleanup job. */
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.usercleanup.user-cleanup:cleanup-runner");
    /** The job parameter that names the cleanup. */
    public static final String CLEANUP_ID = "cleanupId";

    private static final String JOB_PREFIX = "io.usercleanup.user-cleanup:cleanup-";

    private CleanupJobs() {
    }

    /** The job of the cleanup. */
    public static JobId jobId(long cleanupId) {
        return JobId.of(JOB_PREFIX + cleanupId);
    }

    /** The cleanup a job belongs to, or {@code null} when it is not one of ours. */
    public static Long cleanupId(JobId jobId) {
        String id = jobId.toString();
        if (!id.startsWith(JOB_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(id.substring(JOB_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
