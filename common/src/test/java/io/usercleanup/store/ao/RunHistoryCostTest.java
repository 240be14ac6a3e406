package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunWithFiles;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import net.java.ao.Query;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static io.usercleanup.store.ao.StoreFixtures.STARTED;
import static io.usercleanup.store.ao.StoreFixtures.exported;
import static io.usercleanup.store.ao.StoreFixtures.newRun;
import static io.usercleanup.store.ao.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing a cleanup's history reads the runs table once and no outcome rows, however many runs
 * and rows are kept: the file counts are stored with each run when it ends. Measured by counting
 * the store's calls into Active Objects, not by timing.
 */
class RunHistoryCostTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    /** Every call the store makes into Active Objects, as "method entity". */
    private static final class Calls {
        final List<String> made = new ArrayList<>();

        ActiveObjects counting(ActiveObjects ao) {
            return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                    new Class<?>[]{ActiveObjects.class}, (proxy, method, args) -> {
                        Object first = args == null || args.length == 0 ? null : args[0];
                        made.add(method.getName() + (first instanceof Class<?> type ? " " + type.getSimpleName() : ""));
                        try {
                            return method.invoke(ao, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        List<String> touching(String entity) {
            return made.stream().filter(call -> call.endsWith(" " + entity)).toList();
        }
    }

    private static void finishedRun(AoRunStore store, long cleanupId, int users, int minute) {
        long runId = store.start(newRun(cleanupId, STARTED.plusSeconds(60L * minute))).id();
        List<UserOutcome> batch = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            batch.add(user("user" + i, exported("jira-software-users", "user" + i + "@example.com"),
                    exported("scim-users", "user" + (i % 7) + "@example.com")));
        }
        store.appendOutcomes(runId, batch);
        store.finish(runId, RunStatus.SUCCEEDED, RunCounts.ZERO, STARTED.plusSeconds(60L * minute + 30), null);
    }

    @TestTemplate
    void listing_readsTheRunsOnce_andNoOutcomeRows_howeverManyRunsAndRows(ActiveObjects ao) {
        AoRunStore writer = new AoRunStore(ao);
        finishedRun(writer, 7L, 10, 0);
        Calls few = new Calls();
        List<RunWithFiles> one = new AoRunStore(few.counting(ao)).findByCleanupWithFiles(7L);

        for (int i = 1; i <= 4; i++) {
            finishedRun(writer, 7L, 300, i);
        }
        Calls many = new Calls();
        List<RunWithFiles> five = new AoRunStore(many.counting(ao)).findByCleanupWithFiles(7L);

        assertThat(one).hasSize(1);
        assertThat(five).hasSize(5);
        assertThat(few.made).containsExactly("find RunEntity");
        assertThat(many.made).containsExactly("find RunEntity");
        assertThat(five.get(0).idpExports()).containsExactly(new IdpExportSummary(1L, "jira-software-users", 300),
                new IdpExportSummary(1L, "scim-users", 7));
    }

    @TestTemplate
    void aRunEndedBeforeCountsWereStored_isCountedOnce_thenReadFromTheRun(ActiveObjects ao) {
        AoRunStore writer = new AoRunStore(ao);
        finishedRun(writer, 7L, 20, 0);
        for (RunEntity row : ao.find(RunEntity.class, Query.select())) {
            row.setIdpFiles(null);
            row.save();
        }

        Calls first = new Calls();
        List<RunWithFiles> counted = new AoRunStore(first.counting(ao)).findByCleanupWithFiles(7L);
        Calls second = new Calls();
        List<RunWithFiles> stored = new AoRunStore(second.counting(ao)).findByCleanupWithFiles(7L);

        assertThat(first.touching("RunOutcomeEntity")).isNotEmpty();
        assertThat(second.made).containsExactly("find RunEntity");
        assertThat(stored).isEqualTo(counted);
        assertThat(stored.get(0).idpExports()).extracting(IdpExportSummary::rows).containsExactly(20L, 7L);
    }

    @TestTemplate
    void aRunningRun_listsNoFiles_andReadsNoOutcomeRows(ActiveObjects ao) {
        AoRunStore writer = new AoRunStore(ao);
        long runId = writer.start(newRun(7L, STARTED)).id();
        writer.appendOutcomes(runId, List.of(user("alice", exported("jira-software-users", "alice@example.com"))));

        Calls calls = new Calls();
        AoRunStore reader = new AoRunStore(calls.counting(ao));

        assertThat(reader.findByCleanupWithFiles(7L)).singleElement()
                .satisfies(entry -> assertThat(entry.idpExports()).isEmpty());
        assertThat(reader.idpExports(runId)).isEmpty();
        assertThat(calls.touching("RunOutcomeEntity")).isEmpty();
    }

    @TestTemplate
    void aRunEndedByRecovery_storesItsCountsToo(ActiveObjects ao) {
        AoRunStore writer = new AoRunStore(ao);
        long runId = writer.start(newRun(7L, STARTED)).id();
        writer.appendOutcomes(runId, List.of(user("alice", exported("jira-software-users", "alice@example.com"))));
        writer.finishIfRunning(runId, RunStatus.ABANDONED, RunCounts.ZERO, STARTED.plusSeconds(600), "node stopped");

        Calls calls = new Calls();

        assertThat(new AoRunStore(calls.counting(ao)).idpExports(runId))
                .containsExactly(new IdpExportSummary(1L, "jira-software-users", 1));
        assertThat(calls.made).containsExactly("find RunEntity");
    }
}
