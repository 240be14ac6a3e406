package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunOutcome;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.service.ConflictException;
import io.usercleanup.core.service.HostApiMismatch;
import io.usercleanup.core.service.NotFoundException;
import io.usercleanup.core.service.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CleanupJobRunnerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Mock
    private RunService runs;

    private static JobRunnerRequest request(JobId id, Map<String, Serializable> parameters) {
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        lenient().when(request.getJobId()).thenReturn(id);
        when(request.getJobConfig()).thenReturn(JobConfig.forJobRunnerKey(CleanupJobs.RUNNER_KEY).withParameters(parameters));
        return request;
    }

    private static RunRecord run(RunStatus status, long failed, String message) {
        return new RunRecord(5L, 7L, "c", RunTrigger.SCHEDULED, null, false, status, NOW, NOW,
                new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, failed, 0), null, null, message);
    }

    @Test
    void runsTheCleanupAsScheduled_andReportsSuccess() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenReturn(run(RunStatus.SUCCEEDED, 0, null));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L),
                Map.of(CleanupJobs.CLEANUP_ID, 7L)));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("Run 5 succeeded");
    }

    @Test
    void partialRun_isASuccessSayingHowManyChangesFailed() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenReturn(run(RunStatus.PARTIAL, 3, null));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("Run 5 finished; 3 changes failed");
        verify(runs).runNow(7L, RunTrigger.SCHEDULED, null, false);
    }

    @Test
    void failedRun_isAFailureWithItsReason() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenReturn(run(RunStatus.FAILED, 0, "LDAP down"));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage()).isEqualTo("Run 5 FAILED: LDAP down");
    }

    @Test
    void cleanupRunningElsewhere_abortsTheJob() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false))
                .thenThrow(new ConflictException("Cleanup 7 is running already; wait for that run to finish."));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.ABORTED);
        assertThat(response.getMessage()).isEqualTo("Cleanup 7 is running already; wait for that run to finish.");
    }

    @Test
    void deletedCleanup_abortsTheJob() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenThrow(new NotFoundException("There is no cleanup 7"));

        assertThat(new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of())).getRunOutcome())
                .isEqualTo(RunOutcome.ABORTED);
    }

    @Test
    void unexpectedError_failsTheJob() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenThrow(new IllegalStateException("database down"));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void linkageErrorBeforeTheRunIsRecorded_failsTheJobNamingTheMember() {
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false))
                .thenThrow(new NoClassDefFoundError("net/java/ao/DBParam"));

        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage()).isEqualTo(HostApiMismatch.PREFIX
                + "NoClassDefFoundError net/java/ao/DBParam. Install the version of the app built for this product and its version.");
    }

    @Test
    void otherError_isThrownOnToTheScheduler() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        when(runs.runNow(7L, RunTrigger.SCHEDULED, null, false)).thenThrow(outOfMemory);

        assertThatThrownBy(() -> new CleanupJobRunner(runs).runJob(request(CleanupJobs.jobId(7L), Map.of())))
                .isSameAs(outOfMemory);
    }

    @Test
    void jobNamingNoCleanup_fails() {
        JobRunnerResponse response = new CleanupJobRunner(runs).runJob(request(JobId.of("stray"), Map.of()));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(response.getMessage()).isEqualTo("The job stray names no cleanup");
    }
}
