package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.service.ConflictException;
import io.usercleanup.core.service.HostApiMismatch;
import io.usercleanup.core.service.NotFoundException;
import io.usercleanup.core.service.RunService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.Objects;

/**
 * Runs a cleanup when its job fires. The scheduler runs each job on one node of the cluster;
 * the run service refuses a run while another run of the same cleanup is going on.
 * <p>
 * A run records its own failures; what escapes it happened before the run was recorded or after
 * its record could no longer be written. A {@link LinkageError} there (Jira's API does not match
 * the app) is logged and reported as the job's failure; any other {@link Error} is logged and
 * thrown on to the scheduler.
 */
public class CleanupJobRunner implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CleanupJobRunner.class);
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
        } catch (LinkageError e) {
            LOG.error("User Cleanup's scheduled run of cleanup {} stopped: a call into the product did not link", cleanupId, e);
            return JobRunnerResponse.failed(HostApiMismatch.message(e));
        } catch (Error e) {
            LOG.error("User Cleanup's scheduled run of cleanup {} stopped on a fatal error", cleanupId, e);
            throw e;
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
