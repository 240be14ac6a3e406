package io.usercleanup.core.rules;

import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.OutcomeType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OutcomePlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(400));
    private static final Instant RECENTLY = NOW.minus(Duration.ofDays(3));

    private static final List<DirectoryInfo> DIRECTORIES = List.of(
            new DirectoryInfo(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false),
            new DirectoryInfo(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true),
            new DirectoryInfo(20000, "Corporate LDAP", DirectoryKind.CONNECTOR, true));
    private static final List<GroupInfo> TARGETS = List.of(
            new GroupInfo("jira-software-users", 10000),
            new GroupInfo("jira-local-users", 1),
            new GroupInfo("ldap-users", 20000),
            new GroupInfo("scim-users", 1));
    private static final IdpConfig ENTRA = new IdpConfig(5L, "Entra ID", IdpType.ENTRA_ID, true, Set.of(10000L),
            List.of("SCIM-Users"), IdentifierSource.EMAIL, CsvTemplate.CURRENT);

    private static CleanupDefinition cleanup(CleanupAction action, Long idpId) {
        return new CleanupDefinition(7L, "Licence cleanup", true, List.of("jira-software-users"), List.of(), 90,
                new NeverLoggedInPolicy(true, 30), List.of(), List.of(), action, idpId, null);
    }

    private static OutcomePlanner planner(CleanupAction action, IdpConfig idp, boolean dryRun, Exclusions exclusions) {
        return new OutcomePlanner(cleanup(action, idp == null ? null : idp.id()), idp, DIRECTORIES, TARGETS,
                exclusions, new InactivityRule(90, new NeverLoggedInPolicy(true, 30), NOW), dryRun);
    }

    private static OutcomePlanner planner(CleanupAction action, IdpConfig idp, boolean dryRun) {
        return planner(action, idp, dryRun, new Exclusions(List.of(), Set.of()));
    }

    private static DirectoryUser user(String name, String email, long directoryId, Instant lastLogin, String... groups) {
        return new DirectoryUser(name, name + " Example", email, directoryId, true, LONG_AGO.minus(Duration.ofDays(1)),
                lastLogin, List.of(groups));
    }

    @Test
    void recentlyActiveUser_isUntouched() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, false)
                .plan(user("alice", "alice@example.com", 1, RECENTLY, "jira-local-users"));

        assertThat(plan.category()).isEqualTo(UserCategory.ACTIVE);
        assertThat(plan.affects()).isFalse();
    }

    @Test
    void deactivatedUser_isNotEvaluated() {
        DirectoryUser gone = new DirectoryUser("gone", "Gone", null, 1, false, LONG_AGO, LONG_AGO,
                List.of("jira-local-users"));

        assertThat(planner(CleanupAction.DEACTIVATE, null, false).plan(gone).category())
                .isEqualTo(UserCategory.NOT_EVALUATED);
    }

    @Test
    void neverLoggedInWithUnknownCreation_isSkipped() {
        DirectoryUser unknown = new DirectoryUser("new", "New", "new@example.com", 1, true, null, null,
                List.of("jira-local-users"));

        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, null, false).plan(unknown);

        assertThat(plan.category()).isEqualTo(UserCategory.SKIPPED);
        assertThat(plan.affects()).isFalse();
    }

    @Test
    void excludedInactiveUser_isCountedButUntouched() {
        OutcomePlanner planner = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, false,
                new Exclusions(List.of("ADMIN"), Set.of("svc-bot")));

        assertThat(planner.plan(user("admin", "a@example.com", 1, LONG_AGO, "jira-local-users")).category())
                .isEqualTo(UserCategory.EXCLUDED);
        assertThat(planner.plan(user("SVC-Bot", "s@example.com", 1, LONG_AGO, "jira-local-users")).category())
                .isEqualTo(UserCategory.EXCLUDED);
    }

    @Test
    void userInSyncedAndLocalGroups_isExportedForTheSyncedOne_andRemovedFromTheLocalOne() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, false)
                .plan(user("alice", "alice@example.com", 10000, LONG_AGO, "jira-software-users", "jira-local-users"));

        assertThat(plan.category()).isEqualTo(UserCategory.INACTIVE);
        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome,
                        GroupOutcome::identifier)
                .containsExactly(
                        tuple("jira-local-users", OutcomeType.REMOVED, null),
                        tuple("jira-software-users", OutcomeType.EXPORTED, "alice@example.com"));
        assertThat(plan.deactivate()).isFalse();
    }

    @Test
    void groupListedByNameOnTheIdp_isSynced_caseInsensitively() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, false)
                .plan(user("bob", "bob@example.com", 1, LONG_AGO, "scim-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome).containsExactly(OutcomeType.EXPORTED);
    }

    @Test
    void syncedGroupWithoutUsableIdentifier_isNoIdentifier_andNotExported() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, false)
                .plan(user("carol", "carol-at-example.com", 10000, LONG_AGO, "jira-software-users"));

        GroupOutcome outcome = plan.outcome().outcomes().get(0);
        assertThat(outcome.outcome()).isEqualTo(OutcomeType.NO_IDENTIFIER);
        assertThat(outcome.identifier()).isNull();
        assertThat(outcome.reason()).contains("carol-at-example.com").contains("exactly one @");
    }

    @Test
    void idpWithProvisioningSwitchedOff_treatsItsGroupsAsLocal() {
        IdpConfig off = new IdpConfig(5L, "Entra ID", IdpType.ENTRA_ID, false, Set.of(10000L), List.of("scim-users"),
                IdentifierSource.EMAIL, CsvTemplate.CURRENT);

        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, off, false)
                .plan(user("dave", "dave@example.com", 10000, LONG_AGO, "jira-software-users", "scim-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome)
                .containsExactly(
                        tuple("jira-software-users", OutcomeType.FAILED),
                        tuple("scim-users", OutcomeType.REMOVED));
    }

    @Test
    void removeWithoutIdp_readOnlyGroupFails_withTheDirectoryNamed() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, null, false)
                .plan(user("erin", "erin@example.com", 20000, LONG_AGO, "ldap-users", "jira-software-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome, GroupOutcome::reason)
                .containsExactly(
                        tuple("jira-software-users", OutcomeType.FAILED,
                                "the directory 'Microsoft Entra ID' of group 'jira-software-users' is read-only"),
                        tuple("ldap-users", OutcomeType.FAILED,
                                "the directory 'Corporate LDAP' of group 'ldap-users' is read-only"));
    }

    @Test
    void removeInDryRun_isWouldRemove() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, ENTRA, true)
                .plan(user("fred", "fred@example.com", 1, LONG_AGO, "jira-local-users", "jira-software-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.WOULD_REMOVE, OutcomeType.EXPORTED);
    }

    @Test
    void deactivate_withIdp_deactivatesOnceForTheLocalGroups_andExportsTheSyncedOne() {
        UserPlan plan = planner(CleanupAction.DEACTIVATE, ENTRA, false)
                .plan(user("gina", "gina@example.com", 1, LONG_AGO, "jira-local-users", "scim-users",
                        "jira-software-users"));

        assertThat(plan.deactivate()).isTrue();
        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome)
                .containsExactly(
                        tuple("jira-local-users", OutcomeType.DEACTIVATED),
                        tuple("jira-software-users", OutcomeType.EXPORTED),
                        tuple("scim-users", OutcomeType.EXPORTED));
        assertThat(plan.outcome().deactivated()).as("not performed yet").isFalse();
    }

    @Test
    void deactivate_withOnlySyncedGroups_doesNotDeactivate() {
        UserPlan plan = planner(CleanupAction.DEACTIVATE, ENTRA, false)
                .plan(user("hank", "hank@example.com", 10000, LONG_AGO, "jira-software-users"));

        assertThat(plan.deactivate()).isFalse();
        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome).containsExactly(OutcomeType.EXPORTED);
    }

    @Test
    void deactivate_withoutIdp_userInReadOnlyDirectory_failsForEachGroup() {
        UserPlan plan = planner(CleanupAction.DEACTIVATE, null, false)
                .plan(user("ivy", "ivy@example.com", 10000, LONG_AGO, "jira-software-users", "jira-local-users"));

        assertThat(plan.deactivate()).isFalse();
        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome, GroupOutcome::reason)
                .containsOnly(tuple(OutcomeType.FAILED,
                        "the directory 'Microsoft Entra ID' of user 'ivy' is read-only"));
    }

    @Test
    void deactivateInDryRun_isWouldDeactivate_andStillPlansTheDeactivation() {
        UserPlan plan = planner(CleanupAction.DEACTIVATE, null, true)
                .plan(user("jack", "jack@example.com", 1, LONG_AGO, "jira-local-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome)
                .containsExactly(OutcomeType.WOULD_DEACTIVATE);
        assertThat(plan.deactivate()).isTrue();
    }

    @Test
    void reportOnly_withIdp_reportsLocalGroups_andStillExportsSyncedOnes() {
        UserPlan plan = planner(CleanupAction.REPORT_ONLY, ENTRA, false)
                .plan(user("kim", "kim@example.com", 10000, LONG_AGO, "jira-software-users", "ldap-users"));

        assertThat(plan.deactivate()).isFalse();
        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group, GroupOutcome::outcome)
                .containsExactly(
                        tuple("jira-software-users", OutcomeType.EXPORTED),
                        tuple("ldap-users", OutcomeType.REPORTED));
    }

    @Test
    void reportOnly_withoutIdp_reportsEverything() {
        UserPlan plan = planner(CleanupAction.REPORT_ONLY, null, false)
                .plan(user("lee", "lee@example.com", 10000, LONG_AGO, "jira-software-users"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::outcome).containsExactly(OutcomeType.REPORTED);
    }

    @Test
    void membershipsOutsideTheTargets_andDuplicatesInOtherCase_areIgnored() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, null, false)
                .plan(user("max", "max@example.com", 1, LONG_AGO, "jira-local-users", "JIRA-LOCAL-USERS", "confluence"));

        assertThat(plan.outcome().outcomes()).extracting(GroupOutcome::group).containsExactly("jira-local-users");
    }

    @Test
    void userRecord_keepsWhatTheDecisionWasBasedOn() {
        UserPlan plan = planner(CleanupAction.REMOVE_FROM_GROUPS, null, false)
                .plan(user("ned", "ned@example.com", 1, LONG_AGO, "jira-local-users"));

        assertThat(plan.outcome().username()).isEqualTo("ned");
        assertThat(plan.outcome().displayName()).isEqualTo("ned Example");
        assertThat(plan.outcome().email()).isEqualTo("ned@example.com");
        assertThat(plan.outcome().directoryId()).isEqualTo(1);
        assertThat(plan.outcome().lastLogin()).isEqualTo(LONG_AGO);
    }

    @Test
    void groupInAnUnknownDirectory_fails_ratherThanGuessing() {
        OutcomePlanner planner = new OutcomePlanner(cleanup(CleanupAction.REMOVE_FROM_GROUPS, null), null, DIRECTORIES,
                List.of(new GroupInfo("orphans", 777)), new Exclusions(List.of(), Set.of()),
                new InactivityRule(90, NeverLoggedInPolicy.EXCLUDED, NOW), false);

        UserPlan plan = planner.plan(user("olga", "olga@example.com", 1, LONG_AGO, "orphans"));

        assertThat(plan.outcome().outcomes().get(0).reason()).isEqualTo(
                "the directory (id 777) of group 'orphans' is unknown");
    }
}
