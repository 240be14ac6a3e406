package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.store.CleanupStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CleanupJobSchedulerTest {
    @Mock
    private SchedulerService scheduler;
    @Mock
    private CleanupStore cleanups;

    private static CleanupDefinition cleanup(long id, boolean enabled, ScheduleSpec schedule) {
        return new CleanupDefinition(id, "Cleanup " + id, enabled, List.of("g"), List.of(), 90,
                NeverLoggedInPolicy.EXCLUDED, List.of(), List.of(), CleanupAction.REPORT_ONLY, null, schedule);
    }

    private static JobDetails job(long cleanupId) {
        JobDetails details = mock(JobDetails.class);
        when(details.getJobId()).thenReturn(CleanupJobs.jobId(cleanupId));
        return details;
    }

    @Test
    void cleanupSaved_withScheduleAndEnabled_replacesItsClusterWideJob() throws Exception {
        CleanupJobScheduler jobs = new CleanupJobScheduler(scheduler, cleanups);

        jobs.cleanupSaved(cleanup(7L, true, new ScheduleSpec("0 0 3 * * ?", "Europe/Oslo")));

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).unscheduleJob(JobId.of("io.usercleanup.user-cleanup:cleanup-7"));
        verify(scheduler).scheduleJob(eq(JobId.of("io.usercleanup.user-cleanup:cleanup-7")), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(CleanupJobs.RUNNER_KEY);
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule().getType()).isEqualTo(Schedule.Type.CRON_EXPRESSION);
        assertThat(config.getValue().getSchedule().getCronScheduleInfo().getCronExpression()).isEqualTo("0 0 3 * * ?");
        assertThat(config.getValue().getSchedule().getCronScheduleInfo().getTimeZone())
                .isEqualTo(TimeZone.getTimeZone("Europe/Oslo"));
        assertThat(config.getValue().getParameters()).containsEntry(CleanupJobs.CLEANUP_ID, 7L);
    }

    @Test
    void cleanupSaved_disabledOrUnscheduled_onlyRemovesItsJob() throws Exception {
        CleanupJobScheduler jobs = new CleanupJobScheduler(scheduler, cleanups);

        jobs.cleanupSaved(cleanup(7L, false, new ScheduleSpec("0 0 3 * * ?", "UTC")));
        jobs.cleanupSaved(cleanup(8L, true, null));

        verify(scheduler).unscheduleJob(CleanupJobs.jobId(7L));
        verify(scheduler).unscheduleJob(CleanupJobs.jobId(8L));
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void cleanupDeleted_removesItsJob() {
        new CleanupJobScheduler(scheduler, cleanups).cleanupDeleted(9L);

        verify(scheduler).unscheduleJob(CleanupJobs.jobId(9L));
    }

    @Test
    void reconcile_schedulesWantedJobs_andRemovesJobsOfCleanupsThatNoLongerWantOne() throws Exception {
        ScheduleSpec nightly = new ScheduleSpec("0 0 3 * * ?", "UTC");
        when(cleanups.findAll()).thenReturn(List.of(cleanup(1L, true, nightly), cleanup(2L, false, nightly),
                cleanup(3L, true, null)));
        JobDetails job2 = job(2L);
        JobDetails job4 = job(4L);
        JobDetails foreign = mock(JobDetails.class);
        when(foreign.getJobId()).thenReturn(JobId.of("someone-else"));
        when(scheduler.getJobsByJobRunnerKey(CleanupJobs.RUNNER_KEY)).thenReturn(List.of(job2, job4, foreign));

        new CleanupJobScheduler(scheduler, cleanups).reconcile();

        verify(scheduler).unscheduleJob(CleanupJobs.jobId(2L));
        verify(scheduler).unscheduleJob(CleanupJobs.jobId(4L));
        verify(scheduler, never()).unscheduleJob(JobId.of("someone-else"));
        verify(scheduler).scheduleJob(eq(CleanupJobs.jobId(1L)), any());
        verify(scheduler, never()).scheduleJob(eq(CleanupJobs.jobId(3L)), any());
    }

    @Test
    void reconcile_goesOnWhenTheSchedulerRefusesOneCleanup() throws Exception {
        ScheduleSpec nightly = new ScheduleSpec("0 0 3 * * ?", "UTC");
        when(cleanups.findAll()).thenReturn(List.of(cleanup(1L, true, nightly), cleanup(2L, true, nightly)));
        doThrow(new SchedulerServiceException("refused")).when(scheduler).scheduleJob(eq(CleanupJobs.jobId(1L)), any());

        new CleanupJobScheduler(scheduler, cleanups).reconcile();

        verify(scheduler).scheduleJob(eq(CleanupJobs.jobId(2L)), any());
    }

    @Test
    void jobIds_areStableAndDerivedFromTheCleanup() {
        assertThat(CleanupJobs.jobId(42L)).isEqualTo(JobId.of("io.usercleanup.user-cleanup:cleanup-42"));
        assertThat(CleanupJobs.cleanupId(CleanupJobs.jobId(42L))).isEqualTo(42L);
        assertThat(CleanupJobs.cleanupId(JobId.of("io.usercleanup.user-cleanup:cleanup-x"))).isNull();
        assertThat(CleanupJobs.cleanupId(JobId.of("other"))).isNull();
    }
}
