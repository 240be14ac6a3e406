package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.exported;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.outcome;
import static io.usercleanup.store.ao.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTransactionTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void saveOutcomes_shouldLeaveNothingHalfWrittenWhenTheDatabaseFailsMidBatch(ActiveObjects ao) {
        // given: planned rows, and a store whose outcome insert the database rejects halfway through
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        List<UserOutcome> planned = List.of(
                user("alice", outcome("g1", OutcomeType.REMOVED)), user("bob", outcome("g1", OutcomeType.REMOVED)));
        store.savePlanned(runId, planned);
        AoRunStore faulty = new AoRunStore(FaultyActiveObjects.rejectingMidBatch(
                ao, RunOutcomeEntity.class, RunOutcomeEntity.GROUP_NAME, "g".repeat(Values.NAME_LENGTH + 1)));
        List<UserOutcome> batch = IntStream.range(0, 50)
                .mapToObj(i -> user(i == 0 ? "alice" : "new" + i, exported("g1", "n" + i + "@example.com")))
                .toList();

        // when
        assertThatThrownBy(() -> faulty.saveOutcomes(runId, batch))
                .isInstanceOf(ActiveObjectsException.class)
                .hasCauseInstanceOf(SQLException.class);

        // then: the planned rows are still there, still pending, and none of the batch is
        assertThat(store.users(runId, 0, 100).items()).containsExactlyElementsOf(planned.stream()
                .map(u -> u.withOutcomes(u.outcomes().stream()
                        .map(o -> new GroupOutcome(o.group(), o.outcome(), o.reason(), o.identifier(), true))
                        .toList(), u.deactivated()))
                .toList());
        assertThat(ao.count(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID + " = ?", runId)).isEqualTo(2);
        assertThat(store.failPending(runId, "gone")).isEqualTo(2);
    }

    @TestTemplate
    void batch_shouldRollBackWithTheTransactionItJoined(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();

        // when: a failure after the store's batch, within the caller's transaction
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            store.saveOutcomes(runId, List.of(user("alice", exported("g1", "alice@example.com"))));
            store.updateCounts(runId, RunCounts.ZERO);
            throw new IllegalStateException("directory went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("directory went away");

        // then
        assertThat(store.users(runId, 0, 10).total()).isZero();
        assertThat(ao.count(RunOutcomeEntity.class)).isZero();
    }

    @TestTemplate
    void saveOutcomes_shouldLeaveNothingWhenTheDatabaseRejectsAUserRow(ActiveObjects ao) {
        // given
        AoRunStore faulty = new AoRunStore(FaultyActiveObjects.rejectingMidBatch(
                ao, RunUserEntity.class, RunUserEntity.USERNAME, "u".repeat(Values.NAME_LENGTH + 1)));
        long runId = faulty.start(newRun(7L, STARTED)).id();

        // when
        assertThatThrownBy(() -> faulty.saveOutcomes(runId,
                List.of(user("a", outcome("g", OutcomeType.REMOVED)), user("b"), user("c"))))
                .isInstanceOf(ActiveObjectsException.class)
                .hasCauseInstanceOf(SQLException.class);

        // then
        assertThat(ao.count(RunUserEntity.class)).isZero();
        assertThat(ao.count(RunOutcomeEntity.class)).isZero();
    }
}
