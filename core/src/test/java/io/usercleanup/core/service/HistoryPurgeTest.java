package io.usercleanup.core.service;

import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.store.SettingsStore;
import io.usercleanup.core.testing.InMemoryRunStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryPurgeTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final SettingsStore settings = new SettingsStore() {
        @Override
        public AppSettings load() {
            return new AppSettings(30);
        }

        @Override
        public AppSettings save(AppSettings s) {
            throw new UnsupportedOperationException();
        }
    };
    private final HistoryPurge purge = new HistoryPurge(runs, settings, Clock.fixed(NOW, ZoneOffset.UTC));

    private RunRecord run(Instant started, RunStatus status, Instant finished) {
        RunRecord run = runs.start(new NewRun(7L, "c", RunTrigger.MANUAL, "admin", false, started, null,
                CsvTemplate.CURRENT));
        return status == RunStatus.RUNNING ? run : runs.finish(run.id(), status, RunCounts.ZERO, finished, null);
    }

    @Test
    void purge_deletesRunsThatEndedBeforeTheRetention_keepingRecentAndRunningOnes() {
        Instant old = NOW.minus(Duration.ofDays(31));
        RunRecord oldSucceeded = run(old, RunStatus.SUCCEEDED, old);
        RunRecord oldAbandoned = run(old, RunStatus.ABANDONED, old.plusSeconds(60));
        RunRecord recent = run(NOW.minus(Duration.ofDays(29)), RunStatus.FAILED, NOW.minus(Duration.ofDays(29)));
        RunRecord oldRunning = run(old, RunStatus.RUNNING, null);

        assertThat(purge.purge()).isEqualTo(2);

        assertThat(runs.find(oldSucceeded.id())).isEmpty();
        assertThat(runs.find(oldAbandoned.id())).isEmpty();
        assertThat(runs.find(recent.id())).isPresent();
        assertThat(runs.find(oldRunning.id())).isPresent();
    }

    @Test
    void purge_goesThroughMoreRunsThanOneQueryReturns() {
        Instant old = NOW.minus(Duration.ofDays(100));
        IntStream.range(0, HistoryPurge.RUNS_PER_QUERY * 2 + 5).forEach(i -> run(old, RunStatus.SUCCEEDED, old));

        assertThat(purge.purge()).isEqualTo(HistoryPurge.RUNS_PER_QUERY * 2 + 5);
        assertThat(runs.findByCleanup(7L)).isEmpty();
    }
}
