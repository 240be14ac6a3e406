package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AoRunStoreTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static final RunCounts COUNTS = new RunCounts(1200, 130, 4, 2, 60, 1, 70, 1, 3, 5);

    @TestTemplate
    void start_shouldRecordARunningRunWithEveryField(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        NewRun run = new NewRun(7L, "Bereinigung 東京", RunTrigger.SCHEDULED, null, true, STARTED, null, null);

        // when
        RunRecord started = store.start(run);

        // then
        RunRecord expected = new RunRecord(started.id(), 7L, "Bereinigung 東京", RunTrigger.SCHEDULED, null, true,
                RunStatus.RUNNING, STARTED, null, RunCounts.ZERO, null, null, null);
        assertThat(started).isEqualTo(expected);
        assertThat(store.find(started.id())).contains(expected);
    }

    @TestTemplate
    void finish_shouldStoreStatusCountsEndAndMessage(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        RunRecord started = store.start(newRun(7L, STARTED));
        Instant finishedAt = Instant.parse("2025-03-01T03:04:05.999Z");
        String message = "Directory unreachable: " + "x".repeat(10_000);

        // when
        RunRecord finished = store.finish(started.id(), RunStatus.FAILED, COUNTS, finishedAt, message);

        // then
        RunRecord expected = new RunRecord(started.id(), 7L, "Entra licence cleanup", RunTrigger.MANUAL, "admin",
                false, RunStatus.FAILED, STARTED, finishedAt, COUNTS, 1L, CsvTemplate.CURRENT, message);
        assertThat(finished).isEqualTo(expected);
        assertThat(store.find(started.id())).contains(expected);
    }

    @TestTemplate
    void updateCounts_shouldKeepTheRunRunning(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        RunRecord started = store.start(newRun(7L, STARTED));

        store.updateCounts(started.id(), COUNTS);

        RunRecord found = store.find(started.id()).orElseThrow();
        assertThat(found.counts()).isEqualTo(COUNTS);
        assertThat(found.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(found.finishedAt()).isNull();
    }

    @TestTemplate
    void updateAndFinish_shouldRejectAMissingRun(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);

        assertThatThrownBy(() -> store.updateCounts(404L, COUNTS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.finish(404L, RunStatus.SUCCEEDED, COUNTS, STARTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(404L)).isEmpty();
    }

    @TestTemplate
    void findByCleanup_shouldListNewestFirst(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        RunRecord oldest = store.start(newRun(7L, STARTED));
        RunRecord newest = store.start(newRun(7L, STARTED.plusSeconds(7200)));
        RunRecord middle = store.start(newRun(7L, STARTED.plusSeconds(3600)));
        store.start(newRun(8L, STARTED.plusSeconds(9000)));

        // when / then
        assertThat(store.findByCleanup(7L)).extracting(RunRecord::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(store.findByCleanup(9L)).isEmpty();
    }

    @TestTemplate
    void findByStatus_shouldListOldestFirst(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        RunRecord later = store.start(newRun(7L, STARTED.plusSeconds(60)));
        RunRecord earlier = store.start(newRun(8L, STARTED));
        RunRecord done = store.start(newRun(9L, STARTED.minusSeconds(60)));
        store.finish(done.id(), RunStatus.SUCCEEDED, COUNTS, STARTED, null);

        // when / then
        assertThat(store.findByStatus(RunStatus.RUNNING)).extracting(RunRecord::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(store.findByStatus(RunStatus.SUCCEEDED)).extracting(RunRecord::id).containsExactly(done.id());
        assertThat(store.findByStatus(RunStatus.ABANDONED)).isEmpty();
    }

    @TestTemplate
    void instants_shouldRoundTripToTheMillisecond(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        Instant epochEdge = Instant.parse("1970-01-01T00:00:00.001Z");
        Instant farFuture = Instant.parse("2999-12-31T23:59:59.999Z");

        RunRecord run = store.start(newRun(7L, epochEdge));
        store.finish(run.id(), RunStatus.SUCCEEDED, RunCounts.ZERO, farFuture, null);

        RunRecord found = store.find(run.id()).orElseThrow();
        assertThat(found.startedAt()).isEqualTo(epochEdge);
        assertThat(found.finishedAt()).isEqualTo(farFuture);
    }

    @TestTemplate
    void findByCleanupNotIn_readsOnlyTheRunsOfOtherCleanups_newestFirst(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        RunRecord kept = store.start(newRun(7L, STARTED));
        RunRecord older = store.start(newRun(8L, STARTED.minusSeconds(60)));
        RunRecord newer = store.start(newRun(8L, STARTED.plusSeconds(60)));
        RunRecord other = store.start(newRun(9L, STARTED));
        java.util.Set<Long> many = new java.util.HashSet<>();
        for (long id = 1000; id < 2200; id++) {
            many.add(id);
        }
        many.add(7L);

        assertThat(store.findByCleanupNotIn(java.util.Set.of(7L))).extracting(RunRecord::id)
                .containsExactly(newer.id(), other.id(), older.id());
        assertThat(store.findByCleanupNotIn(many)).extracting(RunRecord::id)
                .containsExactly(newer.id(), other.id(), older.id());
        assertThat(store.findByCleanupNotIn(java.util.Set.of(7L, 8L, 9L))).isEmpty();
        assertThat(store.findByCleanupNotIn(java.util.Set.of())).extracting(RunRecord::id)
                .containsExactly(newer.id(), other.id(), kept.id(), older.id());
    }
}
