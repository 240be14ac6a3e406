package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Show users' search, filters and orders, answered by the database: the same users and order
 * on every database, a user listed once however many of its outcomes match, {@code total}
 * counting users (not outcomes), and the users without a value in the sort column first when
 * ascending and last when descending.
 */
class RunUserSearchTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NEW = Instant.parse("2025-01-01T00:00:00Z");

    private static UserOutcome user(String username, String displayName, String email, Instant lastLogin,
                                    GroupOutcome... outcomes) {
        return new UserOutcome(username, displayName, email, 10000L, lastLogin, List.of(outcomes), false);
    }

    /** Five users of one run, and one of another run that no query of the first may list. */
    private static long recordRun(AoRunStore store) {
        long runId = store.start(newRun(7L, STARTED)).id();
        store.saveOutcomes(runId, List.of(
                user("Alice", "alice anders", "alice@example.com", NEW,
                        outcome("jira-software-users", OutcomeType.REMOVED),
                        outcome("Confluence-Users", OutcomeType.REMOVED)),
                user("bob", "bob 100%_sure", null, OLD,
                        outcome("jira-software-users", OutcomeType.FAILED)),
                user("carol", null, "carol@corp.example", null,
                        outcome("confluence-users", OutcomeType.EXPORTED)),
                user("dave", "dave davis", "dave@example.com", OLD,
                        outcome("jira-software-users", OutcomeType.REMOVED),
                        outcome("confluence-users", OutcomeType.FAILED)),
                user("erin", "erin example", "erin@example.com", null,
                        outcome("jira-software-users", OutcomeType.REPORTED))));
        long other = store.start(newRun(8L, STARTED)).id();
        store.saveOutcomes(other, List.of(user("alice", "alice", "alice@example.com", NEW,
                outcome("jira-software-users", OutcomeType.REMOVED))));
        return runId;
    }

    private static List<String> names(Page<UserOutcome> page) {
        return page.items().stream().map(UserOutcome::username).toList();
    }

    private static UserQuery query(String text, Set<OutcomeType> outcomes, String group) {
        return new UserQuery(text, outcomes, group, UserQuery.Sort.USERNAME, false);
    }

    @TestTemplate
    void text_matchesPartOfTheUsernameFullNameOrEmail_ignoringCase_withLikeWildcardsTakenLiterally(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);

        assertThat(names(store.users(runId, query("ALI", Set.of(), null), 0, 10))).containsExactly("Alice");
        assertThat(names(store.users(runId, query("Davis", Set.of(), null), 0, 10))).containsExactly("dave");
        assertThat(names(store.users(runId, query("@example.COM", Set.of(), null), 0, 10)))
                .containsExactly("Alice", "dave", "erin");
        assertThat(names(store.users(runId, query("0%_s", Set.of(), null), 0, 10))).containsExactly("bob");
        assertThat(names(store.users(runId, query("%", Set.of(), null), 0, 10))).containsExactly("bob");
        assertThat(names(store.users(runId, query("_", Set.of(), null), 0, 10))).containsExactly("bob");
        assertThat(store.users(runId, query("nobody", Set.of(), null), 0, 10).total()).isZero();
    }

    @TestTemplate
    void outcomeAndGroup_listEachUserOnce_countUsers_andMustMatchTheSameOutcome(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);

        Page<UserOutcome> removed = store.users(runId, query(null, Set.of(OutcomeType.REMOVED), null), 0, 10);
        Page<UserOutcome> failedOrRemoved = store.users(runId,
                query(null, Set.of(OutcomeType.REMOVED, OutcomeType.FAILED), null), 0, 10);
        Page<UserOutcome> confluence = store.users(runId, query(null, Set.of(), "CONFLUENCE-users"), 0, 10);
        Page<UserOutcome> failedInConfluence = store.users(runId,
                query(null, Set.of(OutcomeType.FAILED), "confluence-users"), 0, 10);

        assertThat(names(removed)).containsExactly("Alice", "dave");
        assertThat(removed.total()).isEqualTo(2);
        assertThat(removed.items().get(0).outcomes()).hasSize(2);
        assertThat(names(failedOrRemoved)).containsExactly("Alice", "bob", "dave");
        assertThat(failedOrRemoved.total()).isEqualTo(3);
        assertThat(names(confluence)).containsExactly("Alice", "carol", "dave");
        assertThat(names(failedInConfluence)).containsExactly("dave");
        assertThat(names(store.users(runId, query("dav", Set.of(OutcomeType.REMOVED), "jira-software-users"), 0, 10)))
                .containsExactly("dave");
    }

    @TestTemplate
    void pages_ofAFilteredList_followOnWithoutRepeatsOrGaps(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);
        UserQuery failedOrRemoved = query(null, Set.of(OutcomeType.REMOVED, OutcomeType.FAILED), null);

        Page<UserOutcome> first = store.users(runId, failedOrRemoved, 0, 2);
        Page<UserOutcome> second = store.users(runId, failedOrRemoved, 2, 2);

        assertThat(names(first)).containsExactly("Alice", "bob");
        assertThat(names(second)).containsExactly("dave");
        assertThat(second.total()).isEqualTo(3);
        assertThat(store.users(runId, failedOrRemoved, 10, 2).items()).isEmpty();
    }

    @TestTemplate
    void sorts_putMissingValuesFirstAscending_andLastDescending_tiesByUsername(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);

        assertThat(names(store.users(runId, sorted(UserQuery.Sort.USERNAME, true), 0, 10)))
                .containsExactly("erin", "dave", "carol", "bob", "Alice");
        assertThat(names(store.users(runId, sorted(UserQuery.Sort.LAST_LOGIN, false), 0, 10)))
                .containsExactly("carol", "erin", "bob", "dave", "Alice");
        assertThat(names(store.users(runId, sorted(UserQuery.Sort.LAST_LOGIN, true), 0, 10)))
                .containsExactly("Alice", "bob", "dave", "carol", "erin");
        assertThat(names(store.users(runId, sorted(UserQuery.Sort.DISPLAY_NAME, false), 0, 10)))
                .containsExactly("carol", "Alice", "bob", "dave", "erin");
        assertThat(names(store.users(runId, sorted(UserQuery.Sort.EMAIL, true), 0, 10)))
                .containsExactly("erin", "dave", "carol", "Alice", "bob");
    }

    @TestTemplate
    void pagesOfASortWithMissingValues_crossFromOneSegmentToTheOther(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);
        UserQuery byLogin = sorted(UserQuery.Sort.LAST_LOGIN, false);

        assertThat(names(store.users(runId, byLogin, 0, 1))).containsExactly("carol");
        assertThat(names(store.users(runId, byLogin, 1, 2))).containsExactly("erin", "bob");
        assertThat(names(store.users(runId, byLogin, 3, 5))).containsExactly("dave", "Alice");
        assertThat(store.users(runId, byLogin, 3, 5).total()).isEqualTo(5);
    }

    @TestTemplate
    void outcomeGroups_areTheRunsGroupsOnce_inNameOrder(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = recordRun(store);

        assertThat(store.outcomeGroups(runId)).containsExactly("Confluence-Users", "jira-software-users");
        assertThat(store.outcomeGroups(404L)).isEmpty();
    }

    private static UserQuery sorted(UserQuery.Sort sort, boolean descending) {
        return new UserQuery(null, Set.of(), null, sort, descending);
    }
}
