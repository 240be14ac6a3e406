package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.exported;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.outcome;
import static io.usercleanup.store.ao.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunOutcomesTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void saveOutcomes_shouldRoundTripEveryField(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        UserOutcome alice = new UserOutcome("Alice.Ä", "Älice Éxample 🚀", "alice@example.com", 10000L,
                Instant.parse("2024-11-02T10:15:30.456Z"), List.of(
                        exported("jira-software-users", "Alice@Example.com"),
                        new GroupOutcome("Grüppe 東京", OutcomeType.FAILED, "Directory is read-only", null),
                        new GroupOutcome("x".repeat(255), OutcomeType.NO_IDENTIFIER, "No email", null)),
                true);
        UserOutcome never = new UserOutcome("never", null, null, 1L, null, List.of(), false);

        // when
        store.saveOutcomes(runId, List.of(alice, never));

        // then
        assertThat(store.users(runId, 0, 10).items()).containsExactly(alice, never);
    }

    /** The user as a reader sees it while the plan is not confirmed. */
    private static UserOutcome stillPending(UserOutcome planned) {
        return planned.withOutcomes(planned.outcomes().stream()
                .map(o -> new GroupOutcome(o.group(), o.outcome(), o.reason(), o.identifier(), true))
                .collect(java.util.stream.Collectors.toList()), planned.deactivated());
    }

    @TestTemplate
    void saveOutcomes_shouldReplacePlannedRowsOfThoseUsersOnly(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        long otherRunId = store.start(newRun(8L, STARTED)).id();
        UserOutcome plannedAlice = user("alice", outcome("g1", OutcomeType.REMOVED), outcome("g2", OutcomeType.REMOVED));
        UserOutcome plannedBob = user("bob", outcome("g1", OutcomeType.REMOVED));
        store.savePlanned(runId, List.of(plannedAlice, plannedBob));
        store.savePlanned(otherRunId, List.of(plannedAlice));

        // when
        UserOutcome doneAlice = user("ALICE", outcome("g1", OutcomeType.REMOVED),
                new GroupOutcome("g2", OutcomeType.FAILED, "read-only", null));
        store.saveOutcomes(runId, List.of(doneAlice));

        // then
        assertThat(store.users(runId, 0, 10).items()).containsExactly(doneAlice, stillPending(plannedBob));
        assertThat(store.users(otherRunId, 0, 10).items()).containsExactly(stillPending(plannedAlice));
        assertThat(store.failPending(runId, "gone")).isEqualTo(1);
    }

    @TestTemplate
    void appendOutcomes_shouldRecordTheSameRowsAsSaveOutcomes_withoutTouchingOtherUsers(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        UserOutcome bob = user("bob", outcome("g1", OutcomeType.WOULD_REMOVE));
        store.appendOutcomes(runId, List.of(bob));
        UserOutcome first = user("alice", outcome("g1", OutcomeType.WOULD_REMOVE));
        UserOutcome again = user("Alice", exported("g2", "alice@example.com"));

        // when: a batch naming a user twice keeps the last, as saveOutcomes does
        store.appendOutcomes(runId, List.of(first, again));
        store.appendOutcomes(runId, List.of());

        // then
        assertThat(store.users(runId, 0, 10).items()).containsExactly(again, bob);
        assertThat(store.failPending(runId, "gone")).isZero();
    }

    @TestTemplate
    void runLifecycle_shouldRecordPlansThenOutcomesThenFinish(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        UserOutcome planned = user("carol", outcome("g1", OutcomeType.DEACTIVATED));
        UserOutcome done = new UserOutcome("carol", "Name of carol", "carol@example.com", 10000L,
                Instant.parse("2024-11-02T10:15:30.456Z"), List.of(outcome("g1", OutcomeType.DEACTIVATED)), true);
        RunCounts counts = new RunCounts(1, 1, 0, 0, 0, 1, 0, 0, 0, 0);

        // when
        store.savePlanned(runId, List.of(planned));
        store.saveOutcomes(runId, List.of(done));
        RunRecord finished = store.finish(runId, RunStatus.SUCCEEDED, counts, STARTED.plusSeconds(5), null);

        // then
        assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(store.users(runId, 0, 10).items()).containsExactly(done);
        assertThat(store.failPending(runId, "nothing pending")).isZero();
    }

    @TestTemplate
    void failPending_shouldTurnEveryPendingOutcomeIntoAFailureWithTheReason(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        List<UserOutcome> planned = IntStream.range(0, 600)
                .mapToObj(i -> user(String.format("user%04d", i), exported("g1", "u" + i + "@example.com")))
                .toList();
        store.savePlanned(runId, planned);
        store.saveOutcomes(runId, List.of(user("user0000", exported("g1", "u0@example.com"))));
        String reason = "Node stopped: " + "r".repeat(1000);

        // when
        int failed = store.failPending(runId, reason);

        // then
        assertThat(failed).isEqualTo(599);
        List<UserOutcome> users = store.users(runId, 0, 1000).items();
        assertThat(users.get(0).outcomes()).containsExactly(exported("g1", "u0@example.com"));
        GroupOutcome outcome = users.get(1).outcomes().get(0);
        assertThat(outcome.outcome()).isEqualTo(OutcomeType.FAILED);
        assertThat(outcome.identifier()).isNull();
        assertThat(outcome.reason()).hasSize(Values.REASON_LENGTH).startsWith("Node stopped: rrr").endsWith("r\u2026");
        assertThat(users).allSatisfy(user -> assertThat(user.outcomes()).hasSize(1));
        assertThat(store.failPending(runId, reason)).isZero();
    }

    @TestTemplate
    void failPending_shouldSettleTheUsersOwnRowsToo(ActiveObjects ao) {
        // given: 600 users planned, one of them confirmed
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        store.savePlanned(runId, IntStream.range(0, 600)
                .mapToObj(i -> user(String.format("user%04d", i), outcome("g1", OutcomeType.REMOVED)))
                .toList());
        store.saveOutcomes(runId, List.of(user("user0000", outcome("g1", OutcomeType.REMOVED))));
        assertThat(pendingUserRows(ao, runId)).isEqualTo(599);

        // when
        store.failPending(runId, "gone");

        // then
        assertThat(pendingUserRows(ao, runId)).isZero();
        assertThat(ao.count(RunUserEntity.class, RunUserEntity.RUN_ID + " = ?", runId)).isEqualTo(600);
    }

    @TestTemplate
    void saveOutcomes_shouldReplaceTheBatchInFlight_andKeepWhatEarlierBatchesConfirmed(ActiveObjects ao) {
        // given: a first batch planned and confirmed, a second one planned
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        UserOutcome alice = user("alice", outcome("g1", OutcomeType.REMOVED));
        store.savePlanned(runId, List.of(alice));
        store.saveOutcomes(runId, List.of(alice));
        UserOutcome plannedBob = user("bob", outcome("g1", OutcomeType.REMOVED), outcome("g2", OutcomeType.REMOVED));
        store.savePlanned(runId, List.of(plannedBob));

        // when
        UserOutcome doneBob = user("bob", new GroupOutcome("g1", OutcomeType.FAILED, "read-only", null),
                outcome("g2", OutcomeType.REMOVED));
        store.saveOutcomes(runId, List.of(doneBob));

        // then
        assertThat(store.users(runId, 0, 10).items()).containsExactly(alice, doneBob);
        assertThat(pendingUserRows(ao, runId)).isZero();
        assertThat(ao.count(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID + " = ?", runId)).isEqualTo(3);
        assertThat(store.failPending(runId, "nothing left")).isZero();
    }

    private static int pendingUserRows(ActiveObjects ao, long runId) {
        return ao.count(RunUserEntity.class, RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.PENDING + " = ?",
                runId, true);
    }

    @TestTemplate
    void users_shouldPageByUsernameIgnoringCase(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        long otherRunId = store.start(newRun(8L, STARTED)).id();
        store.saveOutcomes(runId, List.of(user("delta"), user("Bravo", outcome("g", OutcomeType.REPORTED)),
                user("echo"), user("alpha"), user("Charlie", outcome("g", OutcomeType.REPORTED))));
        store.saveOutcomes(otherRunId, List.of(user("aaron")));

        // when
        Page<UserOutcome> first = store.users(runId, 0, 2);
        Page<UserOutcome> second = store.users(runId, 2, 2);
        Page<UserOutcome> last = store.users(runId, 4, 2);
        Page<UserOutcome> beyond = store.users(runId, 10, 2);

        // then
        assertThat(first.items()).extracting(UserOutcome::username).containsExactly("alpha", "Bravo");
        assertThat(second.items()).extracting(UserOutcome::username).containsExactly("Charlie", "delta");
        assertThat(last.items()).extracting(UserOutcome::username).containsExactly("echo");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, last, beyond)).allSatisfy(page -> assertThat(page.total()).isEqualTo(5));
        assertThat(second.start()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(first.items().get(1).outcomes()).containsExactly(outcome("g", OutcomeType.REPORTED));
        assertThat(second.items().get(0).outcomes()).containsExactly(outcome("g", OutcomeType.REPORTED));
        assertThat(second.items().get(1).outcomes()).isEmpty();
    }

    @TestTemplate
    void users_shouldRejectANegativeStartOrEmptyLimit(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);

        assertThatThrownBy(() -> store.users(1L, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.users(1L, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @TestTemplate
    void forEachUser_shouldStreamEveryUserInOrderAcrossPages(ActiveObjects ao) {
        // given: more than two stream pages, saved in reverse order and several batches
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        int count = RunUserReader.STREAM_PAGE * 2 + 17;
        List<UserOutcome> users = IntStream.range(0, count)
                .mapToObj(i -> user(String.format("u%05d", i),
                        outcome("g1", OutcomeType.REMOVED), exported("g2", "u" + i + "@example.com")))
                .toList();
        List<UserOutcome> reversed = new ArrayList<>(users);
        java.util.Collections.reverse(reversed);
        for (int from = 0; from < count; from += 400) {
            store.saveOutcomes(runId, reversed.subList(from, Math.min(count, from + 400)));
        }

        // when
        List<UserOutcome> streamed = new ArrayList<>();
        store.forEachUser(runId, streamed::add);

        // then
        assertThat(streamed).containsExactlyElementsOf(users);
    }

    @TestTemplate
    void forEachUser_shouldStreamNothingForAnEmptyRun(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();

        List<UserOutcome> streamed = new ArrayList<>();
        store.forEachUser(runId, streamed::add);

        assertThat(streamed).isEmpty();
    }

    @TestTemplate
    void saveOutcomes_shouldWriteABatchOf2000OutcomeRowsInOneCall(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        List<UserOutcome> users = IntStream.range(0, 1000)
                .mapToObj(i -> user(String.format("bulk%04d", i),
                        outcome("jira-local-users", OutcomeType.REMOVED),
                        exported("jira-software-users", "bulk" + i + "@example.com")))
                .toList();

        // when
        store.saveOutcomes(runId, users);

        // then
        assertThat(ao.count(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID + " = ?", runId)).isEqualTo(2000);
        Page<UserOutcome> page = store.users(runId, 990, 100);
        assertThat(page.total()).isEqualTo(1000);
        assertThat(page.items()).containsExactlyElementsOf(users.subList(990, 1000));
    }
}
