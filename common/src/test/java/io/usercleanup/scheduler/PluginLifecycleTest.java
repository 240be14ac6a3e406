package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import io.usercleanup.core.service.StartupRecovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.List;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PluginLifecycleTest {
    @Mock
    private SchedulerService scheduler;
    @Mock
    private CleanupJobRunner runner;
    @Mock
    private CleanupJobScheduler jobs;
    @Mock
    private MaintenanceJobs maintenance;
    @Mock
    private StartupRecovery startupRecovery;

    private PluginLifecycle lifecycle() {
        return new PluginLifecycle(scheduler, runner, jobs, maintenance, startupRecovery);
    }

    @Test
    void constructing_registersNothing_untilSalSaysTheApplicationStarted() {
        lifecycle();

        verifyNoInteractions(scheduler, jobs, maintenance, startupRecovery);
    }

    @Test
    void onStart_endsTheNodesOwnRunsFirst_thenStartsHousekeeping_registersTheRunner_andReconcilesTheJobs() {
        when(startupRecovery.recoverOwnRuns()).thenReturn(List.of());

        lifecycle().onStart();

        InOrder order = inOrder(startupRecovery, maintenance, scheduler, jobs);
        order.verify(startupRecovery).recoverOwnRuns();
        order.verify(maintenance).start();
        order.verify(scheduler).registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        order.verify(jobs).reconcile();
    }

    @Test
    void onStart_whenEndingTheOwnRunsFails_startsAllTheSame() {
        when(startupRecovery.recoverOwnRuns()).thenThrow(new IllegalStateException("database down"));

        lifecycle().onStart();

        InOrder order = inOrder(maintenance, scheduler, jobs);
        order.verify(maintenance).start();
        order.verify(scheduler).registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        order.verify(jobs).reconcile();
    }

    @Test
    void onStop_unregistersTheRunner_andStopsHousekeeping() {
        lifecycle().onStop();

        InOrder order = inOrder(scheduler, maintenance);
        order.verify(scheduler).unregisterJobRunner(CleanupJobs.RUNNER_KEY);
        order.verify(maintenance).stop();
        verifyNoInteractions(jobs, startupRecovery);
    }
}
