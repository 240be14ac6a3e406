package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.service.HistoryPurge;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static io.usercleanup.store.ao.StoreFixtures.exported;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.outcome;
import static io.usercleanup.store.ao.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/** The history purge and the run store's conditional end, on every configured database. */
class RunPurgeTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static long run(AoRunStore store, Instant started, RunStatus status, int users) {
        long id = store.start(newRun(7L, started)).id();
        List<UserOutcome> rows = IntStream.range(0, users).mapToObj(i -> user("user" + i,
                outcome("jira-local-users", OutcomeType.REMOVED), exported("jira-software-users", "u" + i + "@example.com")))
                .toList();
        store.saveOutcomes(id, rows);
        if (status != RunStatus.RUNNING) {
            store.finish(id, status, RunCounts.ZERO, started.plusSeconds(60), null);
        }
        return id;
    }

    private static int rowsOf(ActiveObjects ao, long runId) {
        return ao.count(RunUserEntity.class, RunUserEntity.RUN_ID + " = ?", runId)
                + ao.count(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID + " = ?", runId);
    }

    @TestTemplate
    void purge_deletesOldFinishedRunsWithTheirRows_keepingRecentAndRunningOnes(ActiveObjects ao) {
        // given: retention 30 days
        AoRunStore store = new AoRunStore(ao);
        AoSettingsStore settings = new AoSettingsStore(ao);
        settings.save(new AppSettings(30));
        Instant old = NOW.minus(Duration.ofDays(40));
        long oldSucceeded = run(store, old, RunStatus.SUCCEEDED, 1200);
        long oldAbandoned = run(store, old, RunStatus.ABANDONED, 3);
        long recent = run(store, NOW.minus(Duration.ofDays(10)), RunStatus.PARTIAL, 3);
        long running = run(store, old, RunStatus.RUNNING, 3);

        // when
        int deleted = new HistoryPurge(store, settings, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

        // then
        assertThat(deleted).isEqualTo(2);
        assertThat(store.find(oldSucceeded)).isEmpty();
        assertThat(store.find(oldAbandoned)).isEmpty();
        assertThat(rowsOf(ao, oldSucceeded)).isZero();
        assertThat(rowsOf(ao, oldAbandoned)).isZero();
        assertThat(store.find(recent)).isPresent();
        assertThat(rowsOf(ao, recent)).isEqualTo(9);
        assertThat(store.find(running)).isPresent();
        assertThat(rowsOf(ao, running)).isEqualTo(9);
    }

    @TestTemplate
    void findFinishedBefore_oldestFirst_withALimit(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long second = run(store, NOW.minus(Duration.ofDays(5)), RunStatus.FAILED, 0);
        long first = run(store, NOW.minus(Duration.ofDays(6)), RunStatus.SUCCEEDED, 0);
        run(store, NOW.minus(Duration.ofDays(7)), RunStatus.RUNNING, 0);
        run(store, NOW, RunStatus.SUCCEEDED, 0);

        assertThat(store.findFinishedBefore(NOW, 10)).containsExactly(first, second);
        assertThat(store.findFinishedBefore(NOW, 1)).containsExactly(first);
    }

    @TestTemplate
    void finishIfRunning_endsARunningRunOnce(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long id = run(store, NOW, RunStatus.RUNNING, 0);
        RunCounts counts = new RunCounts(1, 1, 0, 0, 0, 0, 0, 0, 1, 0);

        assertThat(store.finishIfRunning(id, RunStatus.ABANDONED, counts, NOW.plusSeconds(5), "node stopped"))
                .hasValueSatisfying(r -> {
                    assertThat(r.status()).isEqualTo(RunStatus.ABANDONED);
                    assertThat(r.counts()).isEqualTo(counts);
                    assertThat(r.message()).isEqualTo("node stopped");
                });
        assertThat(store.finishIfRunning(id, RunStatus.SUCCEEDED, RunCounts.ZERO, NOW.plusSeconds(9), null)).isEmpty();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
    }
}
