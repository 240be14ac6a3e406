package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.exported;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.outcome;
import static io.usercleanup.store.ao.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

class IdpExportsTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void idpExports_shouldCountDistinctIdentifiersPerGroupIgnoringCase(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        store.saveOutcomes(runId, List.of(
                user("alice", exported("jira-software-users", "alice@example.com"), exported("Ωmega 東京", "alice@example.com")),
                user("alice2", exported("jira-software-users", "ALICE@Example.com")),
                user("bob", exported("jira-software-users", "bob@example.com"),
                        new GroupOutcome("Ωmega 東京", OutcomeType.NO_IDENTIFIER, "No email", null)),
                user("carol", outcome("jira-software-users", OutcomeType.REMOVED),
                        outcome("Confluence-Users", OutcomeType.FAILED))));
        store.savePlanned(runId, List.of(user("dave", exported("jira-software-users", "dave@example.com"))));

        // when
        List<IdpExportSummary> exports = finished(store, runId);

        // then
        assertThat(exports).containsExactly(
                new IdpExportSummary(1L, "jira-software-users", 2),
                new IdpExportSummary(1L, "Ωmega 東京", 1));
    }

    @TestTemplate
    void idpExports_shouldBeEmptyWithoutExportsOrIdp(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long noExports = store.start(newRun(7L, STARTED)).id();
        store.saveOutcomes(noExports, List.of(user("alice", outcome("g", OutcomeType.REMOVED))));
        long noIdp = store.start(new NewRun(7L, "No IDP", RunTrigger.MANUAL, "admin", true, STARTED, null, null)).id();

        assertThat(store.idpExports(noExports)).isEmpty();
        assertThat(store.idpExports(noIdp)).isEmpty();
        assertThat(store.idpExports(404L)).isEmpty();
    }

    @TestTemplate
    void idpExports_shouldCountAcrossCountPages(ActiveObjects ao) {
        // given: 12,000 exported rows, 10,500 distinct identifiers
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        for (int from = 0; from < 12_000; from += 2_000) {
            int start = from;
            store.saveOutcomes(runId, IntStream.range(start, start + 2_000)
                    .mapToObj(i -> user(String.format("u%05d", i),
                            exported("big", "person" + (i % 10_500) + "@example.com")))
                    .toList());
        }

        // when / then
        assertThat(finished(store, runId)).containsExactly(new IdpExportSummary(1L, "big", 10_500));
    }

    @TestTemplate
    void forEachExportedIdentifier_shouldStreamTheGroupsIdentifiersMatchingItsNameIgnoringCase(ActiveObjects ao) {
        // given
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        long otherRunId = store.start(newRun(7L, STARTED)).id();
        int count = IdpExportReader.STREAM_PAGE + 3;
        List<String> expected = new ArrayList<>();
        List<io.usercleanup.core.model.UserOutcome> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String identifier = "Person" + i + "@Example.com";
            expected.add(identifier);
            users.add(user(String.format("p%05d", i), exported("Jira-Software-Users", identifier),
                    exported("other", "other" + i + "@example.com")));
        }
        store.saveOutcomes(runId, users);
        store.saveOutcomes(runId, List.of(user("nobody",
                new GroupOutcome("Jira-Software-Users", OutcomeType.NO_IDENTIFIER, "No email", null))));
        store.saveOutcomes(otherRunId, List.of(user("x", exported("jira-software-users", "x@example.com"))));

        // when
        List<String> streamed = new ArrayList<>();
        store.forEachExportedIdentifier(runId, "jira-software-users", streamed::add);

        // then
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestTemplate
    void forEachExportedIdentifier_shouldStreamEveryRow_whenOneIdentifierFillsMoreThanAPage(ActiveObjects ao) {
        // given: more rows of one identifier (in two spellings) than a page holds, between others
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        int count = IdpExportReader.STREAM_PAGE + 5;
        List<io.usercleanup.core.model.UserOutcome> users = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        users.add(user("first", exported("g", "aaa@example.com")));
        expected.add("aaa@example.com");
        for (int i = 0; i < count; i++) {
            String identifier = i % 2 == 0 ? "shared@example.com" : "Shared@Example.com";
            users.add(user(String.format("s%05d", i), exported("g", identifier)));
            expected.add(identifier);
        }
        users.add(user("last", exported("g", "zzz@example.com")));
        expected.add("zzz@example.com");
        store.saveOutcomes(runId, users);

        // when
        List<String> streamed = new ArrayList<>();
        store.forEachExportedIdentifier(runId, "g", streamed::add);

        // then
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestTemplate
    void forEachExportedIdentifier_shouldStreamNothingForAnUnknownGroup(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(newRun(7L, STARTED)).id();
        store.saveOutcomes(runId, List.of(user("a", exported("g", "a@example.com"))));

        List<String> streamed = new ArrayList<>();
        store.forEachExportedIdentifier(runId, "unknown", streamed::add);

        assertThat(streamed).isEmpty();
    }

    @TestTemplate
    void idpExports_shouldUseTheRunsIdp(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        long runId = store.start(new NewRun(7L, "c", RunTrigger.MANUAL, null, false, STARTED, 42L,
                CsvTemplate.LEGACY_V1)).id();
        store.saveOutcomes(runId, List.of(user("a", exported("g", "a@example.com"))));

        assertThat(finished(store, runId)).containsExactly(new IdpExportSummary(42L, "g", 1));
    }

    /** The files of the run once it has ended: they are counted when it ends, and a running run has none. */
    private static List<IdpExportSummary> finished(AoRunStore store, long runId) {
        store.finish(runId, io.usercleanup.core.model.RunStatus.SUCCEEDED, io.usercleanup.core.model.RunCounts.ZERO,
                STARTED.plusSeconds(60), null);
        return store.idpExports(runId);
    }
}
