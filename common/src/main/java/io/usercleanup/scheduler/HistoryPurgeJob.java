package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.usercleanup.core.service.HistoryPurge;

import java.util.Objects;

/** Deletes history older than the retention setting; runs once a day, on one node of the cluster. */
public class HistoryPurgeJob implements JobRunner {
    private final HistoryPurge purge;

    public HistoryPurgeJob(HistoryPurge purge) {
        this.purge = Objects.requireNonNull(purge, "purge");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int deleted = purge.purge();
            return JobRunnerResponse.success(deleted == 0 ? "No run was old enough to delete"
                    : "Deleted " + deleted + (deleted == 1 ? " run" : " runs") + " older than the retention period");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
