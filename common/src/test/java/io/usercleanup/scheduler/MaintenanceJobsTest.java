package io.usercleanup.scheduler;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.service.HistoryPurge;
import io.usercleanup.core.service.LeaseTimings;
import io.usercleanup.core.service.RunRecovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class MaintenanceJobsTest {
    @Mock
    private SchedulerService scheduler;
    @Mock
    private RunRecovery recovery;
    @Mock
    private HistoryPurge purge;

    private MaintenanceJobs jobs(RunRecoveryJob recoveryJob, HistoryPurgeJob purgeJob) {
        return new MaintenanceJobs(scheduler, recoveryJob, purgeJob, LeaseTimings.standard());
    }

    @Test
    void start_registersBothRunners_recoveryOnEveryNode_purgeOncePerCluster() throws Exception {
        RunRecoveryJob recoveryJob = new RunRecoveryJob(recovery);
        HistoryPurgeJob purgeJob = new HistoryPurgeJob(purge);

        jobs(recoveryJob, purgeJob).start();

        verify(scheduler).registerJobRunner(MaintenanceJobs.RECOVERY_RUNNER, recoveryJob);
        verify(scheduler).registerJobRunner(MaintenanceJobs.PURGE_RUNNER, purgeJob);
        ArgumentCaptor<JobConfig> recoveryConfig = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(MaintenanceJobs.RECOVERY_JOB), recoveryConfig.capture());
        assertThat(recoveryConfig.getValue().getRunMode()).isEqualTo(RunMode.RUN_LOCALLY);
        assertThat(recoveryConfig.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                .isEqualTo(60_000L);
        assertThat(recoveryConfig.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime()).isNull();
        ArgumentCaptor<JobConfig> purgeConfig = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(MaintenanceJobs.PURGE_JOB), purgeConfig.capture());
        assertThat(purgeConfig.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(purgeConfig.getValue().getJobRunnerKey()).isEqualTo(MaintenanceJobs.PURGE_RUNNER);
        assertThat(purgeConfig.getValue().getSchedule().getCronScheduleInfo().getCronExpression())
                .isEqualTo(MaintenanceJobs.PURGE_CRON);
    }

    @Test
    void start_leavesThePurgeJobAlone_whenTheClusterHasItAlready() throws Exception {
        when(scheduler.getJobDetails(MaintenanceJobs.PURGE_JOB)).thenReturn(mock(JobDetails.class));

        jobs(new RunRecoveryJob(recovery), new HistoryPurgeJob(purge)).start();

        verify(scheduler, never()).scheduleJob(eq(MaintenanceJobs.PURGE_JOB), any());
    }

    @Test
    void start_goesOnWhenTheSchedulerRefusesAJob() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(eq(MaintenanceJobs.RECOVERY_JOB), any());

        jobs(new RunRecoveryJob(recovery), new HistoryPurgeJob(purge)).start();

        verify(scheduler).scheduleJob(eq(MaintenanceJobs.PURGE_JOB), any());
    }

    @Test
    void stop_unschedulesThisNodesRecovery_andUnregistersBothRunners_keepingTheClustersPurge() {
        jobs(new RunRecoveryJob(recovery), new HistoryPurgeJob(purge)).stop();

        verify(scheduler).unscheduleJob(MaintenanceJobs.RECOVERY_JOB);
        verify(scheduler, never()).unscheduleJob(MaintenanceJobs.PURGE_JOB);
        verify(scheduler).unregisterJobRunner(MaintenanceJobs.RECOVERY_RUNNER);
        verify(scheduler).unregisterJobRunner(MaintenanceJobs.PURGE_RUNNER);
    }

    @Test
    void recoveryJob_reportsTheRunsItAbandoned_orFails() {
        Instant t = Instant.parse("2026-11-23T12:00:00Z");
        when(recovery.recoverAll()).thenReturn(List.of(), List.of(new RunRecord(5L, 7L, "Nightly", RunTrigger.SCHEDULED,
                null, false, RunStatus.ABANDONED, t, t, RunCounts.ZERO, null, null, "node stopped")))
                .thenThrow(new IllegalStateException("database down"));
        RunRecoveryJob job = new RunRecoveryJob(recovery);
        JobRunnerRequest request = mock(JobRunnerRequest.class);

        assertThat(job.runJob(request).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(job.runJob(request).getMessage()).isEqualTo("Abandoned runs 5 (Nightly)");
        assertThat(job.runJob(request).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void purgeJob_reportsHowManyRunsItDeleted_orFails() {
        when(purge.purge()).thenReturn(0, 1, 3).thenThrow(new IllegalStateException("database down"));
        HistoryPurgeJob job = new HistoryPurgeJob(purge);
        JobRunnerRequest request = mock(JobRunnerRequest.class);

        assertThat(job.runJob(request).getMessage()).isEqualTo("No run was old enough to delete");
        assertThat(job.runJob(request).getMessage()).isEqualTo("Deleted 1 run older than the retention period");
        assertThat(job.runJob(request).getMessage()).isEqualTo("Deleted 3 runs older than the retention period");
        assertThat(job.runJob(request).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }
}
