package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.service.RunRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Marks runs whose node stopped as abandoned; runs on every node, at start and then every recovery interval. */
public class RunRecoveryJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecoveryJob.class);

    private final RunRecovery recovery;

    public RunRecoveryJob(RunRecovery recovery) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            List<RunRecord> abandoned = recovery.recoverAll();
            if (abandoned.isEmpty()) {
                return JobRunnerResponse.success();
            }
            String runs = abandoned.stream().map(r -> r.id() + " (" + r.cleanupName() + ")")
                    .collect(Collectors.joining(", "));
            LOG.warn("User Cleanup marked runs abandoned because their node stopped: {}", runs);
            return JobRunnerResponse.success("Abandoned runs " + runs);
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
