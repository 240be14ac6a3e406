package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.service.ConflictException;
import io.usercleanup.core.service.NotFoundException;
import io.usercleanup.core.service.RunService;

import java.io.Serializable;
import java.util.Objects;

/**
 * Runs a cleanup when its job fires. The scheduler runs each job on one node of the cluster;
 * the run service refuses a run while another run of the same cleanup is going on.
 */
public class CleanupJobRunner implements JobRunner {
    private final RunService runs;

    public CleanupJobRunner(RunService runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Long cleanupId = cleanupId(request);
        if (cleanupId == null) {
            return JobRunnerResponse.failed("The job " + request.getJobId() + " names no cleanup");
        }
        try {
            RunRecord run = runs.runNow(cleanupId, RunTrigger.SCHEDULED, null, false);
            switch (run.status()) {
                case SUCCEEDED:
                    return JobRunnerResponse.success("Run " + run.id() + " succeeded");
                case PARTIAL:
                    return JobRunnerResponse.success("Run " + run.id() + " finished; " + run.counts().failed()
                            + " changes failed");
                default:
                    return JobRunnerResponse.failed("Run " + run.id() + " " + run.status() + ": " + run.message());
            }
        } catch (ConflictException e) {
            return JobRunnerResponse.aborted(e.getMessage());
        } catch (NotFoundException e) {
            return JobRunnerResponse.aborted(e.getMessage());
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }

    private static Long cleanupId(JobRunnerRequest request) {
        Serializable parameter = request.getJobConfig().getParameters().get(CleanupJobs.CLEANUP_ID);
        if (parameter instanceof Long) {
            return (Long) parameter;
        }
        return CleanupJobs.cleanupId(request.getJobId());
    }
}
