package io.usercleanup.integration;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.service.CleanupRunner;
import io.usercleanup.core.service.LeaseTimings;
import io.usercleanup.core.service.RunRecovery;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.store.ao.AoRunLeaseStore;
import io.usercleanup.store.ao.AoRunStore;
import io.usercleanup.store.ao.StoreEntities;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injected failures against the real Active Objects store (every configured database): the record
 * holds every change that was made, and claims none that was not.
 */
class FaultsOnActiveObjectsTest {
    @RegisterExtension
    static final AoDatabasesExtension DATABASES = new AoDatabasesExtension(StoreEntities.NAMESPACE, StoreEntities.all());

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final int USERS = 12;

    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .group("jira-local-users", 1);

    FaultsOnActiveObjectsTest() {
        IntStream.range(0, USERS).forEach(i -> directory.user(String.format("user%02d", i), "u" + i + "@example.com", 1,
                NOW.minus(Duration.ofDays(900)), NOW.minus(Duration.ofDays(200)), "jira-local-users"));
    }

    private static final CleanupDefinition CLEANUP = new CleanupDefinition(7L, "Local", true, List.of("jira-local-users"),
            List.of(), 90, NeverLoggedInPolicy.EXCLUDED, List.of(), List.of(), CleanupAction.REMOVE_FROM_GROUPS, null, null);

    /** Active Objects whose transactions fail from the {@code n}th on while the switch is on. */
    private static ActiveObjects failingTransactions(ActiveObjects real, int n, AtomicBoolean on) {
        AtomicInteger count = new AtomicInteger();
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeInTransaction") && on.get() && count.incrementAndGet() >= n) {
                        throw new IllegalStateException("database connection lost");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<UserOutcome> recorded(AoRunStore store, long runId) {
        List<UserOutcome> users = new ArrayList<>();
        store.forEachUser(runId, users::add);
        return users;
    }

    private void assertRecordMatchesTheDirectory(AoRunStore store, long runId) {
        List<String> removedInRecord = recorded(store, runId).stream()
                .filter(u -> u.outcomes().stream().anyMatch(o -> o.outcome() == OutcomeType.REMOVED))
                .map(u -> "remove " + u.username() + " from jira-local-users").collect(Collectors.toList());
        assertThat(removedInRecord).as("removals recorded as done are exactly the removals made")
                .containsExactlyInAnyOrderElementsOf(directory.changes());
    }

    @TestTemplate
    void directoryFailingMidBatch_endsTheRunFailed_recordingTheRemovalsMadeBeforeIt(ActiveObjects ao) {
        // given: the directory goes away at the 7th removal
        AoRunStore store = new AoRunStore(ao);
        AtomicInteger changes = new AtomicInteger();
        directory.beforeEachChange(() -> {
            if (changes.incrementAndGet() == 7) {
                throw new DirectoryAccessException("The directory stopped answering");
            }
        });
        CleanupRunner runner = new CleanupRunner(directory, store, CLOCK, 5);

        // when
        RunRecord run = runner.execute(runner.start(CLEANUP, null, RunTrigger.MANUAL, "admin", false), CLEANUP, null);

        // then
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("The directory stopped answering");
        assertThat(directory.changes()).hasSize(6);
        assertRecordMatchesTheDirectory(store, run.id());
        assertThat(run.counts().removed()).isEqualTo(6);
        assertThat(run.counts().failed()).isEqualTo(4);
        assertThat(recorded(store, run.id())).hasSize(10).flatExtracting(UserOutcome::outcomes)
                .filteredOn(o -> o.outcome() == OutcomeType.FAILED).extracting(GroupOutcome::reason)
                .containsOnly("The run stopped before this change was confirmed: The directory stopped answering");
    }

    @TestTemplate
    void directoryFailingWhileStreaming_endsTheRunFailed_keepingTheRecordedBatches(ActiveObjects ao) {
        AoRunStore store = new AoRunStore(ao);
        directory.failReadingAfter(7);
        CleanupRunner runner = new CleanupRunner(directory, store, CLOCK, 5);

        RunRecord run = runner.execute(runner.start(CLEANUP, null, RunTrigger.MANUAL, "admin", false), CLEANUP, null);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(directory.changes()).hasSize(5);
        assertRecordMatchesTheDirectory(store, run.id());
        assertThat(store.find(run.id()).orElseThrow()).isEqualTo(run);
    }

    @TestTemplate
    void databaseFailingAfterTheChanges_neverClaimsThem_andRecoveryEndsTheRunOnceTheDatabaseIsBack(ActiveObjects ao) {
        // given: the database fails from the 3rd transaction on (start, planned rows, then the outcomes)
        AtomicBoolean failing = new AtomicBoolean(true);
        AoRunStore store = new AoRunStore(failingTransactions(ao, 3, failing));
        CleanupRunner runner = new CleanupRunner(directory, store, CLOCK, 100);
        RunRecord started = runner.start(CLEANUP, null, RunTrigger.SCHEDULED, null, false);

        // when: the run cannot record its outcomes, nor its end
        try {
            runner.execute(started, CLEANUP, null);
        } catch (RuntimeException expected) {
            assertThat(expected).hasMessage("database connection lost");
        }

        // then: the changes were made, only their plan is recorded, and the run is still marked running
        AoRunStore real = new AoRunStore(ao);
        assertThat(directory.changes()).hasSize(USERS);
        assertThat(recorded(real, started.id())).hasSize(USERS);
        assertThat(real.find(started.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);

        // and when the database is back, recovery finds the run no lease covers and abandons it
        failing.set(false);
        List<RunRecord> abandoned = new RunRecovery(real, new AoRunLeaseStore(ao), Clock.systemUTC(),
                LeaseTimings.standard()).recoverAll();
        assertThat(abandoned).extracting(RunRecord::id).containsExactly(started.id());
        RunRecord after = real.find(started.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(after.counts().failed()).isEqualTo(USERS);
        assertThat(recorded(real, started.id())).flatExtracting(UserOutcome::outcomes).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeType.FAILED);
            assertThat(o.reason()).startsWith("The run stopped before this change was confirmed: Abandoned");
        });
    }
}
