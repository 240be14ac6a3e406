package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;

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

    @Test
    void constructing_registersNothing_untilSalSaysTheApplicationStarted() {
        new PluginLifecycle(scheduler, runner, jobs, maintenance);

        verifyNoInteractions(scheduler, jobs, maintenance);
    }

    @Test
    void onStart_startsHousekeeping_registersTheRunnerUnderItsConstantKey_thenReconcilesTheJobs() {
        new PluginLifecycle(scheduler, runner, jobs, maintenance).onStart();

        InOrder order = inOrder(maintenance, scheduler, jobs);
        order.verify(maintenance).start();
        order.verify(scheduler).registerJobRunner(CleanupJobs.RUNNER_KEY, runner);
        order.verify(jobs).reconcile();
    }

    @Test
    void onStop_unregistersTheRunner_andStopsHousekeeping() {
        new PluginLifecycle(scheduler, runner, jobs, maintenance).onStop();

        InOrder order = inOrder(scheduler, maintenance);
        order.verify(scheduler).unregisterJobRunner(CleanupJobs.RUNNER_KEY);
        order.verify(maintenance).stop();
        verifyNoInteractions(jobs);
    }
}
