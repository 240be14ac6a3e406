package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryRunStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CleanupRunnerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(200));
    private static final Instant CREATED = NOW.minus(Duration.ofDays(1000));
    private static final Instant RECENT = NOW.minus(Duration.ofDays(2));
    private static final IdpConfig ENTRA = new IdpConfig(3L, "Entra ID", IdpType.ENTRA_ID, true, Set.of(10000L),
            List.of(), IdentifierSource.EMAIL, CsvTemplate.LEGACY_V1);

    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .directory(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true)
            .group("jira-software-users", 10000)
            .group("jira-local-users", 1)
            .group("service-accounts", 1)
            .group("robots", 1)
            .nest("robots", "service-accounts")
            .application("jira-software", "Jira Software", "jira-software-users", "jira-local-users")
            .user("alice", "alice@example.com", 10000, CREATED, OLD, "jira-software-users")
            .user("bob", "bob@example.com", 1, CREATED, OLD, "jira-local-users", "jira-software-users")
            .user("carol", null, 10000, CREATED, OLD, "jira-software-users")
            .user("dave", "dave@example.com", 1, CREATED, RECENT, "jira-local-users")
            .user("erin", "erin@example.com", 1, null, null, "jira-local-users")
            .user("frank", "frank@example.com", 1, CREATED, null, "jira-local-users")
            .user("robot", "robot@example.com", 1, CREATED, OLD, "jira-local-users", "robots")
            .inactiveUser("gone", "jira-local-users");

    private CleanupRunner runner(int batchSize) {
        return new CleanupRunner(directory, runs, Clock.fixed(NOW, ZoneOffset.UTC), batchSize);
    }

    private static CleanupDefinition cleanup(CleanupAction action, Long idpId) {
        return new CleanupDefinition(9L, "Licence cleanup", true, List.of(), List.of("jira-software"), 90,
                new NeverLoggedInPolicy(true, 30), List.of("service-accounts"), List.of(), action, idpId, null);
    }

    private RunRecord run(CleanupDefinition cleanup, IdpConfig idp, boolean dryRun, int batchSize) {
        CleanupRunner runner = runner(batchSize);
        return runner.execute(runner.start(cleanup, idp, RunTrigger.MANUAL, "admin", dryRun), cleanup, idp);
    }

    /** A run of the cleanup as its schedule starts it: nobody triggers it, with the Entra ID provider. */
    private RunRecord scheduledRun(CleanupDefinition cleanup, boolean dryRun) {
        CleanupRunner runner = runner(100);
        return runner.execute(runner.start(cleanup, ENTRA, RunTrigger.SCHEDULED, null, dryRun), cleanup, ENTRA);
    }

    private List<UserOutcome> recordedUsers(long runId) {
        List<UserOutcome> users = new ArrayList<>();
        runs.forEachUser(runId, users::add);
        return users;
    }

    @Test
    void realRun_removesLocally_exportsSynced_andRecordsEverything() {
        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 100);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(NOW);
        assertThat(run.idpId()).isEqualTo(3L);
        assertThat(run.csvTemplate()).isEqualTo(CsvTemplate.LEGACY_V1);
        // evaluated: alice bob carol dave erin frank robot (gone is deactivated)
        assertThat(run.counts()).isEqualTo(new RunCounts(7, 4, 1, 1, 2, 0, 2, 1, 0, 0));
        assertThat(directory.changes()).containsExactlyInAnyOrder(
                "remove bob from jira-local-users", "remove frank from jira-local-users");
        assertThat(recordedUsers(run.id())).extracting(UserOutcome::username)
                .containsExactly("alice", "bob", "carol", "frank");
        assertThat(recordedUsers(run.id()).get(2).outcomes()).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                .containsExactly(tuple(OutcomeType.NO_IDENTIFIER, "no email address"));
    }

    @Test
    void dryRun_makesTheSameDecisions_andChangesNothing() {
        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, true, 100);

        assertThat(run.dryRun()).isTrue();
        assertThat(run.counts()).isEqualTo(new RunCounts(7, 4, 1, 1, 2, 0, 2, 1, 0, 0));
        assertThat(directory.changes()).isEmpty();
        assertThat(runs.calls()).noneMatch(c -> c.startsWith("savePlanned"));
        assertThat(recordedUsers(run.id()).get(1).outcomes()).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.WOULD_REMOVE, OutcomeType.EXPORTED);
    }

    @Test
    void realRun_recordsWhatItMeansToDo_beforeItDoesIt() {
        List<Set<String>> pendingAtEachChange = new ArrayList<>();
        directory.beforeEachChange(() -> pendingAtEachChange.add(runs.pendingUsers(1)));

        run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 100);

        assertThat(pendingAtEachChange).hasSize(2)
                .allSatisfy(pending -> assertThat(pending).contains("bob", "frank"));
        assertThat(runs.pendingUsers(1)).isEmpty();
    }

    @Test
    void deactivate_deactivatesEachUserOnce_andMarksThemDeactivated() {
        RunRecord run = run(cleanup(CleanupAction.DEACTIVATE, null), null, false, 100);

        assertThat(directory.changes()).containsExactlyInAnyOrder("deactivate bob", "deactivate frank");
        assertThat(run.counts().deactivated()).isEqualTo(2);
        // alice and carol live in the read-only Entra directory: deactivation fails for them
        assertThat(run.counts().failed()).isEqualTo(2);
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        UserOutcome bob = recordedUsers(run.id()).get(1);
        assertThat(bob.deactivated()).isTrue();
        assertThat(bob.outcomes()).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.DEACTIVATED, OutcomeType.DEACTIVATED);
        assertThat(directory.userNamed("bob").active()).isFalse();
    }

    @Test
    void manualRun_makesItsChangesAsTheAdministratorWhoStartedIt() {
        run(cleanup(CleanupAction.DEACTIVATE, null), null, false, 1);

        assertThat(directory.changes()).containsExactlyInAnyOrder("deactivate bob", "deactivate frank");
        assertThat(directory.changedBy()).containsOnly("admin");
    }

    @Test
    void scheduledRun_makesItsChangesAsTheAdministratorWhoSavedTheCleanupLast() {
        CleanupDefinition saved = savedBy("second.admin", cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L));

        RunRecord run = scheduledRun(saved, false);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(directory.changes()).containsExactlyInAnyOrder(
                "remove bob from jira-local-users", "remove frank from jira-local-users");
        assertThat(directory.changedBy()).containsOnly("second.admin");
    }

    @Test
    void administratorWhoIsGone_failsTheRunBeforeAnyChange_andItsPlansAreFailedAsUnconfirmed() {
        CleanupDefinition saved = savedBy("ghost", cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L));

        RunRecord run = scheduledRun(saved, false);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("The cleanup makes its changes as 'ghost', who is not a user any more");
        assertThat(directory.changes()).isEmpty();
        assertThat(recordedUsers(run.id())).filteredOn(user -> user.username().equals("bob"))
                .flatExtracting(UserOutcome::outcomes).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.FAILED, OutcomeType.FAILED);
        assertThat(runs.pendingUsers(run.id())).isEmpty();
    }

    @Test
    void dryRun_asksAsTheSameAdministrator_soItFailsLikeTheRealRunWhenThatAdministratorIsGone() {
        CleanupDefinition saved = savedBy("ghost", cleanup(CleanupAction.DEACTIVATE, 3L));

        RunRecord dry = scheduledRun(saved, true);
        RunRecord real = scheduledRun(saved, false);

        assertThat(dry.status()).isEqualTo(RunStatus.FAILED);
        assertThat(dry.message()).isEqualTo(real.message())
                .isEqualTo("The cleanup makes its changes as 'ghost', who is not a user any more");
        assertThat(directory.checks()).isEmpty();
        assertThat(directory.changes()).isEmpty();
    }

    @Test
    void dryRun_asksTheDirectoryEveryQuestionOfTheRealRun_asTheAdministrator_andChangesNothing() {
        directory.refuseDeactivation("bob", "Cannot deactivate user 'bob' because they are the lead of these projects: OPS");

        RunRecord run = run(cleanup(CleanupAction.DEACTIVATE, null), null, true, 100);

        assertThat(directory.changes()).isEmpty();
        assertThat(directory.userNamed("frank").active()).isTrue();
        assertThat(directory.checks()).containsExactlyInAnyOrder("deactivate bob as admin", "deactivate frank as admin");
        assertThat(runs.calls()).noneMatch(c -> c.startsWith("savePlanned"));
        assertThat(recordedUsers(run.id())).filteredOn(u -> u.username().equals("bob"))
                .flatExtracting(UserOutcome::outcomes).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                .containsExactly(tuple(OutcomeType.FAILED, "user 'bob' cannot be deactivated: Jira refused it: "
                        + "Cannot deactivate user 'bob' because they are the lead of these projects: OPS"),
                        tuple(OutcomeType.FAILED, "user 'bob' cannot be deactivated: Jira refused it: "
                        + "Cannot deactivate user 'bob' because they are the lead of these projects: OPS"));
        assertThat(recordedUsers(run.id())).filteredOn(u -> u.username().equals("frank"))
                .flatExtracting(UserOutcome::outcomes).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.WOULD_DEACTIVATE);
        assertThat(recordedUsers(run.id())).noneMatch(UserOutcome::deactivated);
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void dryRunOfDeactivation_predictsTheRealRun_userByUser() {
        directory.refuseDeactivation("bob", "Cannot deactivate user 'bob' because they are the lead of these projects: OPS");

        assertDryRunPredictsRealRun(cleanup(CleanupAction.DEACTIVATE, null), null);
    }

    @Test
    void dryRunOfRemoval_predictsTheRealRun_userByUser_includingRefusalsThePlanCannotSee() {
        // ivy lives in the read-only Entra directory but is a member of a local group: the plan
        // sees a writable group, the directory refuses the membership change
        directory.user("ivy", "ivy@example.com", 10000, CREATED, OLD, "jira-local-users");

        RunRecord dry = assertDryRunPredictsRealRun(cleanup(CleanupAction.REMOVE_FROM_GROUPS, null), null);

        assertThat(recordedUsers(dry.id())).filteredOn(u -> u.username().equals("ivy"))
                .flatExtracting(UserOutcome::outcomes).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                .containsExactly(tuple(OutcomeType.FAILED, "user 'ivy' cannot be removed from group "
                        + "'jira-local-users': directory 'Microsoft Entra ID' is read-only"));
    }

    /** Runs the cleanup dry, then for real, and compares the two user by user; returns the dry run. */
    private RunRecord assertDryRunPredictsRealRun(CleanupDefinition cleanup, IdpConfig idp) {
        RunRecord dry = run(cleanup, idp, true, 2);
        assertThat(directory.changes()).isEmpty();
        RunRecord real = run(cleanup, idp, false, 2);

        assertThat(dry.counts()).isEqualTo(real.counts());
        assertThat(dry.status()).isEqualTo(real.status());
        List<UserOutcome> predicted = recordedUsers(dry.id());
        List<UserOutcome> happened = recordedUsers(real.id());
        assertThat(predicted).extracting(UserOutcome::username)
                .containsExactlyElementsOf(happened.stream().map(UserOutcome::username).collect(Collectors.toList()));
        for (int i = 0; i < predicted.size(); i++) {
            assertThat(predicted.get(i).outcomes()).extracting(o -> realOutcome(o.outcome()), GroupOutcome::reason)
                    .as(predicted.get(i).username())
                    .containsExactlyElementsOf(happened.get(i).outcomes().stream()
                            .map(o -> tuple(o.outcome(), o.reason())).collect(Collectors.toList()));
        }
        assertThat(predicted).flatExtracting(UserOutcome::outcomes).extracting(GroupOutcome::outcome)
                .contains(OutcomeType.FAILED);
        return dry;
    }

    private static OutcomeType realOutcome(OutcomeType dryRunOutcome) {
        switch (dryRunOutcome) {
            case WOULD_REMOVE:
                return OutcomeType.REMOVED;
            case WOULD_DEACTIVATE:
                return OutcomeType.DEACTIVATED;
            default:
                return dryRunOutcome;
        }
    }

    private static CleanupDefinition savedBy(String administrator, CleanupDefinition cleanup) {
        return new CleanupDefinition(cleanup.id(), cleanup.name(), cleanup.enabled(), cleanup.groups(),
                cleanup.applications(), cleanup.inactiveDays(), cleanup.neverLoggedIn(), cleanup.excludeGroups(),
                cleanup.excludeUsers(), cleanup.action(), cleanup.idpId(), cleanup.schedule(), administrator);
    }

    @Test
    void refusedChange_becomesFailedWithTheDirectorysReason_andTheRunGoesOn() {
        directory.beforeEachChange(() -> directory.deleteUser("bob"));

        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 100);

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(run.counts().failed()).isEqualTo(1);
        assertThat(run.counts().removed()).isEqualTo(1);
        assertThat(recordedUsers(run.id()).get(1).outcomes()).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                .containsExactly(tuple(OutcomeType.FAILED, "user 'bob' no longer exists"), tuple(OutcomeType.EXPORTED, null));
    }

    @Test
    void batches_areRecordedInTurn_withCountsUpdatedAfterEach() {
        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 3);

        assertThat(runs.calls()).containsExactly("start", "savePlanned:3", "saveOutcomes:3", "savePlanned:1",
                "saveOutcomes:1", "finish:SUCCEEDED");
        assertThat(recordedUsers(run.id())).hasSize(4);
    }

    @Test
    void directoryFailureMidRun_endsTheRunFailed_keepingWhatWasRecorded() {
        directory.failReadingAfter(5);

        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 2);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("The directory stopped answering");
        assertThat(run.finishedAt()).isEqualTo(NOW);
        // alice and bob were a full batch before the failure, so their outcomes are recorded
        assertThat(recordedUsers(run.id())).extracting(UserOutcome::username).containsExactly("alice", "bob");
        assertThat(directory.changes()).containsExactly("remove bob from jira-local-users");
        assertThat(run.counts().removed()).isEqualTo(1);
    }

    @Test
    void storeFailureAfterActing_marksThePlannedOutcomesFailed_neverClaimingThem() {
        runs.failNextSaveOutcomes(new IllegalStateException("connection reset"));

        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 100);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("connection reset");
        List<GroupOutcome> outcomes = recordedUsers(run.id()).stream()
                .flatMap(u -> u.outcomes().stream()).collect(Collectors.toList());
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeType.FAILED);
            assertThat(o.reason()).isEqualTo("The run stopped before this change was confirmed: connection reset");
        });
        assertThat(run.counts().failed()).isEqualTo(outcomes.size());
        assertThat(run.counts().removed()).isZero();
    }

    @Test
    void vanishedTargetGroup_failsTheRun_beforeTouchingAnyone() {
        CleanupDefinition cleanup = new CleanupDefinition(9L, "c", true, List.of("deleted-group"), List.of(), 90,
                null, List.of(), List.of(), CleanupAction.REMOVE_FROM_GROUPS, null, null);

        RunRecord run = run(cleanup, null, false, 100);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("The target group 'deleted-group' no longer exists");
        assertThat(directory.changes()).isEmpty();
    }

    @Test
    void vanishedExcludedGroup_failsTheRun_ratherThanTouchingWhoItProtected() {
        CleanupDefinition cleanup = new CleanupDefinition(9L, "c", true, List.of("jira-local-users"), List.of(), 90,
                null, List.of("emergency-admins"), List.of(), CleanupAction.REMOVE_FROM_GROUPS, null, null);

        RunRecord run = run(cleanup, null, false, 100);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("The excluded group 'emergency-admins' no longer exists");
        assertThat(directory.changes()).isEmpty();
    }

    @Test
    void vanishedApplication_failsTheRun() {
        CleanupDefinition cleanup = new CleanupDefinition(9L, "c", true, List.of(), List.of("jira-servicedesk"), 90,
                null, List.of(), List.of(), CleanupAction.REMOVE_FROM_GROUPS, null, null);

        assertThat(run(cleanup, null, false, 100).message())
                .isEqualTo("The application 'jira-servicedesk' no longer exists");
    }

    @Test
    void idpWithProvisioningOff_isNotRecordedAsExporting() {
        IdpConfig off = new IdpConfig(3L, "Entra ID", IdpType.ENTRA_ID, false, Set.of(10000L), List.of(),
                IdentifierSource.EMAIL, CsvTemplate.CURRENT);

        RunRecord run = run(cleanup(CleanupAction.REPORT_ONLY, 3L), off, true, 100);

        assertThat(run.idpId()).isNull();
        assertThat(run.counts().exported()).isZero();
        assertThat(run.counts().reported()).isEqualTo(5);
    }

    @Test
    void start_recordsWhoTriggeredIt() {
        RunRecord started = runner(10).start(cleanup(CleanupAction.REPORT_ONLY, null), null, RunTrigger.SCHEDULED,
                null, false);

        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(started.trigger()).isEqualTo(RunTrigger.SCHEDULED);
        assertThat(started.triggeredBy()).isNull();
        assertThat(started.startedAt()).isEqualTo(NOW);
        assertThat(started.cleanupName()).isEqualTo("Licence cleanup");
    }

    @Test
    void directoryUnreachableMidBatch_recordsTheChangesMadeBeforeIt_andMarksTheRestUnconfirmed() {
        // given: the directory goes away after bob's removal, before frank's
        int[] changes = {0};
        directory.beforeEachChange(() -> {
            if (changes[0]++ == 1) {
                throw new io.usercleanup.core.directory.DirectoryAccessException("LDAP server went away");
            }
        });

        // when
        RunRecord run = run(cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L), ENTRA, false, 100);

        // then: bob's removal is recorded as done, frank's as unconfirmed
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).isEqualTo("LDAP server went away");
        assertThat(directory.changes()).containsExactly("remove bob from jira-local-users");
        assertThat(recordedUsers(run.id())).filteredOn(u -> u.username().equals("bob")).singleElement()
                .satisfies(bob -> assertThat(bob.outcomes()).extracting(GroupOutcome::outcome)
                        .containsExactly(OutcomeType.REMOVED, OutcomeType.EXPORTED));
        assertThat(recordedUsers(run.id())).filteredOn(u -> u.username().equals("frank")).singleElement()
                .satisfies(frank -> assertThat(frank.outcomes()).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                        .containsExactly(tuple(OutcomeType.FAILED,
                                "The run stopped before this change was confirmed: LDAP server went away")));
        assertThat(run.counts().removed()).isEqualTo(1);
        assertThat(run.counts().failed()).isEqualTo(1);
        assertThat(runs.pendingUsers(run.id())).isEmpty();
    }

    @Test
    void lostLease_stopsBeforeChangingAnythingMore_andEndsTheRunFailed() {
        // given: the lease is lost after the first change
        CleanupDefinition cleanup = cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L);
        CleanupRunner runner = runner(100);
        RunRecord started = runner.start(cleanup, ENTRA, RunTrigger.SCHEDULED, null, false);
        boolean[] lost = {false};
        directory.beforeEachChange(() -> lost[0] = true);

        // when
        RunRecord run = runner.execute(started, cleanup, ENTRA, () -> !lost[0]);

        // then
        assertThat(directory.changes()).containsExactly("remove bob from jira-local-users");
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("lost the lease of cleanup 9");
        assertThat(run.counts().removed()).isEqualTo(1);
    }

    @Test
    void lostLeaseBeforeAnyChange_changesNothing() {
        CleanupDefinition cleanup = cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L);
        CleanupRunner runner = runner(100);
        RunRecord started = runner.start(cleanup, ENTRA, RunTrigger.MANUAL, "admin", false);

        RunRecord run = runner.execute(started, cleanup, ENTRA, () -> false);

        assertThat(directory.changes()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(recordedUsers(run.id())).isEmpty();
    }

    @Test
    void runAbandonedByRecoveryMeanwhile_staysAbandoned() {
        // given: recovery marked the run abandoned while this node was unable to renew its lease
        CleanupDefinition cleanup = cleanup(CleanupAction.REMOVE_FROM_GROUPS, 3L);
        CleanupRunner runner = runner(100);
        RunRecord started = runner.start(cleanup, ENTRA, RunTrigger.MANUAL, "admin", false);
        runs.finish(started.id(), RunStatus.ABANDONED, RunCounts.ZERO, NOW, "node stopped");

        // when
        RunRecord run = runner.execute(started, cleanup, ENTRA, () -> false);

        // then
        assertThat(run.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(run.message()).isEqualTo("node stopped");
    }
}
