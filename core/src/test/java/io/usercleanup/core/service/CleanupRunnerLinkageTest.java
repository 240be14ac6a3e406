package io.usercleanup.core.service;

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
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import io.usercleanup.core.testing.InMemoryRunLeaseStore;
import io.usercleanup.core.testing.InMemoryRunStore;
import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host call that does not link ({@link LinkageError}: the installed product's API is not the one the
 * app was built against) ends the run {@code FAILED} naming the member, wherever in the run it
 * happens, and frees the cleanup for its next run; other errors are not taken for ordinary failures.
 */
class CleanupRunnerLinkageTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String MEMBER = "'com.atlassian.jira.bc.user.ApplicationUserBuilder"
            + " com.atlassian.jira.bc.user.UserService.newUserBuilder(com.atlassian.jira.user.ApplicationUser)'";

    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .group("jira-local-users", 1)
            .user("bob", "bob@example.com", 1, NOW.minus(Duration.ofDays(900)), NOW.minus(Duration.ofDays(200)),
                    "jira-local-users")
            .user("frank", "frank@example.com", 1, NOW.minus(Duration.ofDays(900)), NOW.minus(Duration.ofDays(300)),
                    "jira-local-users");
    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final InMemoryRunLeaseStore leases = new InMemoryRunLeaseStore();
    private final InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
    private final List<Runnable> queued = new ArrayList<>();

    static Stream<Arguments> linkageErrors() {
        List<Function<String, LinkageError>> kinds = List.of(NoSuchMethodError::new, NoClassDefFoundError::new,
                IncompatibleClassChangeError::new, AbstractMethodError::new);
        List<String> places = List.of("forEachDirectMember", "directories", "actingAs", "deactivate", "saveOutcomes");
        List<Arguments> all = new ArrayList<>();
        for (Function<String, LinkageError> kind : kinds) {
            for (String place : places) {
                LinkageError error = kind.apply(MEMBER);
                all.add(Arguments.of(error.getClass().getSimpleName(), place, kind));
            }
        }
        return all.stream();
    }

    private long deactivatingCleanup() {
        return cleanups.create(new CleanupDefinition(null, "Local", true, List.of("jira-local-users"), List.of(), 90,
                NeverLoggedInPolicy.EXCLUDED, List.of(), List.of(), CleanupAction.DEACTIVATE, null, null)).id();
    }

    private RunService service() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        MutableClock leaseClock = new MutableClock(NOW);
        RunLauncher launcher = new RunLauncher(cleanups, new InMemoryDefinitionStores.Idps(),
                new CleanupRunner(directory, runs, clock, 10));
        return new RunService(launcher, runs, new LeasedRunGuard(leases, () -> "node-1", leaseClock,
                LeaseTimings.standard()), new RunRecovery(runs, leases, leaseClock, LeaseTimings.standard()),
                queued::add, clock);
    }

    private void breakHost(String place, LinkageError error) {
        if (place.equals("saveOutcomes")) {
            runs.failNextSaveOutcomes(error);
        } else {
            directory.throwOn(place, error);
        }
    }

    private List<UserOutcome> recordedUsers(long runId) {
        List<UserOutcome> users = new ArrayList<>();
        runs.forEachUser(runId, users::add);
        return users;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("linkageErrors")
    void linkageError_endsTheRunFailed_namingTheMember_andFreesTheCleanup(String kind, String place,
                                                                          Function<String, LinkageError> error) {
        // given
        long cleanupId = deactivatingCleanup();
        RunService service = service();
        breakHost(place, error.apply(MEMBER));

        // when
        RunRecord started = service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false);
        queued.remove(0).run();

        // then
        RunRecord run = runs.find(started.id()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message())
                .isEqualTo(HostApiMismatch.PREFIX + kind + " " + MEMBER
                        + ". Install the version of the app built for this product and its version.");
        assertThat(runs.pendingUsers(run.id())).isEmpty();
        assertThat(recordedUsers(run.id())).flatExtracting(UserOutcome::outcomes)
                .allSatisfy(outcome -> {
                    assertThat(outcome.outcome()).isEqualTo(OutcomeType.FAILED);
                    assertThat(outcome.reason()).startsWith("The run stopped before this change was confirmed: "
                            + HostApiMismatch.PREFIX.strip());
                });
        assertThat(run.counts().failed()).isEqualTo(recordedUsers(run.id()).size());
        assertThat(leases.find(cleanupId)).isEmpty();
        // only a store that breaks after the changes finds them made
        assertThat(directory.changes()).hasSize(place.equals("saveOutcomes") ? 2 : 0);

        // and the next run starts at once, and with the host repaired it finishes
        directory.throwOn(place, null);
        RunRecord next = service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false);
        queued.remove(0).run();
        assertThat(runs.find(next.id()).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(directory.changes()).containsExactlyInAnyOrder("deactivate bob", "deactivate frank");
        assertThat(directory.userNamed("bob").active()).isFalse();
    }

    @Test
    void linkageErrorOfAChange_keepsWhatWasConfirmedBeforeIt() {
        // given: bob's deactivation went through; then the store no longer links while recording it
        long cleanupId = deactivatingCleanup();
        RunService service = service();
        runs.failNextSaveOutcomes(new NoSuchMethodError(MEMBER));

        // when
        RunRecord started = service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false);
        queued.remove(0).run();

        // then: the changes were made, but not confirmed in the record, so they are failed as unconfirmed
        RunRecord run = runs.find(started.id()).orElseThrow();
        assertThat(directory.changes()).containsExactlyInAnyOrder("deactivate bob", "deactivate frank");
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(recordedUsers(run.id())).flatExtracting(UserOutcome::outcomes)
                .extracting(GroupOutcome::outcome).containsOnly(OutcomeType.FAILED);
    }

    @Test
    void otherError_isThrownOn_afterTheRecordIsEndedAndTheLeaseReleased() {
        // given
        long cleanupId = deactivatingCleanup();
        RunService service = service();
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        directory.throwOn("deactivate", outOfMemory);
        RunRecord started = service.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false);

        // when / then
        assertThatThrownBy(() -> queued.remove(0).run()).isSameAs(outOfMemory);
        RunRecord run = runs.find(started.id()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo(
                "The run stopped on a fatal error (java.lang.OutOfMemoryError: Java heap space); see the application log");
        assertThat(runs.pendingUsers(run.id())).isEmpty();
        assertThat(leases.find(cleanupId)).isEmpty();
    }

    @Test
    void otherError_thatTheStoreCannotRecord_isThrownOnWithTheStoresFailuresAttached() {
        // given: the run overflows its stack, and the store that should end the record fails too
        CleanupRunner runner = new CleanupRunner(directory, runs, Clock.fixed(NOW, ZoneOffset.UTC), 10);
        CleanupDefinition cleanup = cleanups.find(deactivatingCleanup()).orElseThrow();
        RunRecord started = runner.start(cleanup, null, RunTrigger.MANUAL, "admin", false);
        StackOverflowError overflow = new StackOverflowError();
        OutOfMemoryError storeFailure = new OutOfMemoryError("store");
        directory.throwOn("forEachDirectMember", overflow);
        runs.failEnding(storeFailure);

        // when / then
        assertThatThrownBy(() -> runner.execute(started, cleanup, null)).isSameAs(overflow);
        assertThat(overflow.getSuppressed()).containsExactly(storeFailure);
    }

    @Test
    void linkageErrorOfTheStoreThatEndsTheRun_isThrownOn_theCauseAttached() {
        // given: nothing can record the run's end, so the error must reach the thread's owner
        CleanupRunner runner = new CleanupRunner(directory, runs, Clock.fixed(NOW, ZoneOffset.UTC), 10);
        CleanupDefinition cleanup = cleanups.find(deactivatingCleanup()).orElseThrow();
        RunRecord started = runner.start(cleanup, null, RunTrigger.MANUAL, "admin", false);
        NoSuchMethodError directoryError = new NoSuchMethodError(MEMBER);
        NoClassDefFoundError storeError = new NoClassDefFoundError("net/java/ao/EntityManager");
        directory.throwOn("forEachDirectMember", directoryError);
        runs.failEnding(storeError);

        // when / then
        assertThatThrownBy(() -> runner.execute(started, cleanup, null)).isSameAs(storeError);
        assertThat(directoryError.getSuppressed()).containsExactly(storeError);
    }
}
