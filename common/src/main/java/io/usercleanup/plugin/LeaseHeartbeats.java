package io.usercleanup.plugin;

import io.usercleanup.core.service.LeaseTimings;
import io.usercleanup.core.service.LeasedRunGuard;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renews the run leases this node holds, on a thread of its own, every heartbeat interval. Runs
 * renew their lease themselves as they go; this keeps it alive also while a run waits for a
 * thread or sits in one long directory call. Not Atlassian Scheduler: its threads may all be busy
 * with long jobs (a scheduled cleanup run is one), and a late heartbeat would let recovery take
 * a live run for dead.
 */
public class LeaseHeartbeats {
    private final ScheduledExecutorService timer;

    public LeaseHeartbeats(LeasedRunGuard guard, LeaseTimings timings) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "user-cleanup-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = timings.heartbeatInterval().toMillis();
        timer.scheduleWithFixedDelay(guard::renewHeld, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops renewing; called when the plugin stops, after its runs have been given time to end. */
    public void destroy() {
        timer.shutdownNow();
    }
}
