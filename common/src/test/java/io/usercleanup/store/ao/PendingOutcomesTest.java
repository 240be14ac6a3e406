package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static org.assertj.core.api.Assertions.assertThat;

/** While a real run is going on, what it has planned but not confirmed reads back as pending. */
class PendingOutcomesTest {
    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static UserOutcome bob(OutcomeType outcome) {
        return new UserOutcome("bob", "Bob", "bob@example.com", 1, STARTED, List.of(
                new GroupOutcome("jira-local-users", outcome, null, null)), false);
    }

    @TestTemplate
    void plannedOutcomes_arePending_untilTheirResultReplacesThem(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        RunRecord run = store.start(newRun(7L, STARTED));

        store.savePlanned(run.id(), List.of(bob(OutcomeType.REMOVED)));
        GroupOutcome planned = store.users(run.id(), 0, 10).items().get(0).outcomes().get(0);
        store.saveOutcomes(run.id(), List.of(bob(OutcomeType.REMOVED)));
        GroupOutcome confirmed = store.users(run.id(), 0, 10).items().get(0).outcomes().get(0);

        assertThat(planned).isEqualTo(new GroupOutcome("jira-local-users", OutcomeType.REMOVED, null, null, true));
        assertThat(confirmed).isEqualTo(new GroupOutcome("jira-local-users", OutcomeType.REMOVED, null, null, false));
    }

    @TestTemplate
    void pendingOutcomesThatAreGivenUp_areFailed_andNoLongerPending(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        RunRecord run = store.start(newRun(7L, STARTED));
        store.savePlanned(run.id(), List.of(bob(OutcomeType.REMOVED)));

        store.failPending(run.id(), "The run stopped");

        assertThat(store.users(run.id(), 0, 10).items().get(0).outcomes()).containsExactly(
                new GroupOutcome("jira-local-users", OutcomeType.FAILED, "The run stopped", null, false));
    }
}
