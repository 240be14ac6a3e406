package io.usercleanup.core.service;

import io.usercleanup.core.store.RunStore;
import io.usercleanup.core.store.SettingsStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Deletes the history that is older than the retention setting: finished runs that ended more than
 * that many days ago, with their users and outcomes. Running runs are never touched. Runs are
 * deleted one at a time, each in batches, so a purge after years of history neither holds a huge
 * transaction nor loads much into memory.
 */
public final class HistoryPurge {
    /** Runs looked up per query. */
    static final int RUNS_PER_QUERY = 100;

    private final RunStore runs;
    private final SettingsStore settings;
    private final Clock clock;

    public HistoryPurge(RunStore runs, SettingsStore settings, Clock clock) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes the runs that ended before the retention period; returns how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.load().historyRetentionDays()));
        int deleted = 0;
        List<Long> expired;
        do {
            expired = runs.findFinishedBefore(cutoff, RUNS_PER_QUERY);
            for (long runId : expired) {
                runs.delete(runId);
                deleted++;
            }
        } while (expired.size() == RUNS_PER_QUERY);
        return deleted;
    }
}
