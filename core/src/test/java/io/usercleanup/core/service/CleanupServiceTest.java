package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import io.usercleanup.testsupport.schedule.QuartzCron;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanupServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String ADMIN = "admin";

    private final InMemoryDefinitionStores.Idps idps = new InMemoryDefinitionStores.Idps();
    private final InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .group("jira-software-users", 1)
            .group("service-accounts", 1)
            .application("jira-software", "Jira Software", "jira-software-users");
    private final List<String> events = new ArrayList<>();
    private final CleanupService service = new CleanupService(cleanups, idps, directory, new ScheduleCalculator() {
        @Override
        public String problem(ScheduleSpec schedule) {
            return QuartzCron.problem(schedule.cron());
        }

        @Override
        public Instant nextRunAfter(ScheduleSpec schedule, Instant after) {
            return QuartzCron.nextAfter(schedule.cron(), schedule.timeZone(), after);
        }
    }, new CleanupScheduleListener() {
        @Override
        public void cleanupSaved(CleanupDefinition cleanup) {
            events.add("saved " + cleanup.id());
        }

        @Override
        public void cleanupDeleted(long cleanupId) {
            events.add("deleted " + cleanupId);
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    private static CleanupDraft draft(String name) {
        return new CleanupDraft(name, true, List.of("JIRA-SOFTWARE-USERS"), List.of("jira-software"), 90, true, 30,
                List.of("service-accounts"), List.of("admin"), "REMOVE_FROM_GROUPS", null, "0 0 3 * * ?", "UTC");
    }

    private static List<FieldError> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a validation error");
    }

    @Test
    void unknownUsernames_areTheNamesNoUserHas_onceEach_asGiven_whateverTheirCase() {
        directory.user("Alice", "alice@example.com", 1, NOW, NOW).inactiveUser("gone-but-kept");

        assertThat(service.unknownUsernames(List.of("ALICE", " nobody ", "gone-but-kept", "Ghost", "ghost")))
                .containsExactly("nobody", "Ghost");
        assertThat(service.unknownUsernames(List.of("alice"))).isEmpty();
    }

    @Test
    void unknownUsernames_refusesNoName_tooManyNames_andNamesNoExclusionCouldHold() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= CleanupService.MAX_USERNAME_CHECKS; i++) {
            tooMany.add("user" + i);
        }

        assertThat(errorsOf(() -> service.unknownUsernames(List.of()))).extracting(FieldError::message)
                .containsExactly("Name at least one user: ?name=<username>, once per user.");
        assertThat(errorsOf(() -> service.unknownUsernames(tooMany))).extracting(FieldError::message)
                .containsExactly("Given 101 times; check at most 100 usernames at once.");
        assertThat(errorsOf(() -> service.unknownUsernames(List.of("ok", "  ", "x".repeat(256)))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "A username is empty."),
                        org.assertj.core.groups.Tuple.tuple("name",
                                "A username is 256 characters long; at most 255 are allowed."));
    }

    @Test
    void create_savesTheCleanup_andTellsTheScheduler() {
        CleanupDefinition saved = service.create(draft("Licence cleanup"), ADMIN);

        assertThat(saved).isEqualTo(new CleanupDefinition(1L, "Licence cleanup", true, List.of("jira-software-users"),
                List.of("jira-software"), 90, new NeverLoggedInPolicy(true, 30), List.of("service-accounts"),
                List.of("admin"), CleanupAction.REMOVE_FROM_GROUPS, null, new ScheduleSpec("0 0 3 * * ?", "UTC"),
                ADMIN));
        assertThat(events).containsExactly("saved 1");
        assertThat(service.nextRunAt(saved)).isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    void update_makesTheSavingAdministratorTheOneItsScheduledRunsActAs() {
        CleanupDefinition saved = service.create(draft("Licence cleanup"), ADMIN);

        CleanupDefinition updated = service.update(saved.id(), draft("Licence cleanup"), "second.admin");

        assertThat(updated.savedBy()).isEqualTo("second.admin");
        assertThat(service.get(saved.id()).savedBy()).isEqualTo("second.admin");
    }

    @Test
    void nextRun_isNullWithoutScheduleOrWhenDisabled() {
        CleanupDraft d = draft("a");
        CleanupDefinition unscheduled = service.create(new CleanupDraft("a", true, d.groups(), null, 90, null, null,
                null, null, "REPORT_ONLY", null, null, null), ADMIN);
        CleanupDefinition disabled = service.create(new CleanupDraft("b", false, d.groups(), null, 90, null, null,
                null, null, "REPORT_ONLY", null, "0 0 3 * * ?", "UTC"), ADMIN);

        assertThat(service.nextRunAt(unscheduled)).isNull();
        assertThat(service.nextRunAt(disabled)).isNull();
        assertThat(unscheduled.schedule()).isNull();
    }

    @Test
    void everyInvalidField_isReported_andNothingIsSaved() {
        CleanupDraft bad = new CleanupDraft("", null, List.of("no-such-group"), List.of("jira-core"), -1, true, 4000,
                List.of("ghosts"), List.of(" "), "DELETE", 77L, "0 0 25 * * ?", "Mars/Olympus");

        List<FieldError> errors = errorsOf(() -> service.create(bad, ADMIN));

        assertThat(errors).extracting(FieldError::field).containsExactly("name", "groups", "applications",
                "inactiveDays", "neverLoggedIn.createdMoreThanDays", "excludeGroups", "excludeUsers", "action", "idpId",
                "schedule.timeZone");
        assertThat(errors).extracting(FieldError::message).contains(
                "There is no group 'no-such-group'.",
                "There is no application 'jira-core'; known: jira-software.",
                "Must be between 0 and 3650 days (10 years); it is -1.",
                "Must be between 0 and 3650 days (10 years); it is 4000.",
                "There is no group 'ghosts'.",
                "'DELETE' is not one of REMOVE_FROM_GROUPS, DEACTIVATE, REPORT_ONLY.",
                "There is no identity provider 77.",
                "'Mars/Olympus' is not a time zone id such as UTC or Europe/Oslo.");
        assertThat(cleanups.findAll()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void invalidCron_isReportedWithTheSchedulersReason() {
        CleanupDraft d = draft("x");
        CleanupDraft bad = new CleanupDraft("x", true, d.groups(), null, 90, null, null, null, null, "REPORT_ONLY",
                null, "0 0 25 * * ?", "UTC");

        List<FieldError> errors = errorsOf(() -> service.create(bad, ADMIN));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("schedule.cron");
        assertThat(errors.get(0).message()).startsWith("'0 0 25 * * ?' is not a valid cron expression: ")
                .contains("Hour");
    }

    @Test
    void targets_areRequired() {
        CleanupDraft none = new CleanupDraft("x", true, List.of(), null, 90, null, null, null, null, "REPORT_ONLY",
                null, null, null);

        assertThat(errorsOf(() -> service.create(none, ADMIN)))
                .containsExactly(new FieldError("groups", "Pick at least one target group or application."));
    }

    @Test
    void missingInactiveDaysAndAction_areRequired() {
        CleanupDraft d = draft("x");
        CleanupDraft none = new CleanupDraft("x", true, d.groups(), null, null, null, null, null, null, null, null,
                null, null);

        assertThat(errorsOf(() -> service.create(none, ADMIN))).extracting(FieldError::field)
                .containsExactly("inactiveDays", "action");
    }

    @Test
    void duplicateName_isRejected() {
        service.create(draft("Licence cleanup"), ADMIN);

        assertThat(errorsOf(() -> service.create(draft("LICENCE CLEANUP"), ADMIN)))
                .containsExactly(new FieldError("name", "Another cleanup is already called 'Licence cleanup'."));
    }

    @Test
    void idp_mustExist_andIsKept() {
        IdpConfig idp = idps.create(new IdpConfig(null, "Entra", IdpType.ENTRA_ID, true, Set.of(), List.of(),
                IdentifierSource.EMAIL, CsvTemplate.CURRENT));
        CleanupDraft d = draft("x");

        CleanupDefinition saved = service.create(new CleanupDraft("x", true, d.groups(), null, 90, null, null, null,
                null, "REPORT_ONLY", idp.id(), null, null), ADMIN);

        assertThat(saved.idpId()).isEqualTo(idp.id());
    }

    @Test
    void updateAndDelete_tellTheScheduler_andUnknownIdsAreNotFound() {
        CleanupDefinition saved = service.create(draft("a"), ADMIN);

        service.update(saved.id(), draft("b"), ADMIN);
        service.delete(saved.id());

        assertThat(events).containsExactly("saved 1", "saved 1", "deleted 1");
        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no cleanup 1");
        assertThatThrownBy(() -> service.update(5, draft("c"), ADMIN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void preview_listsTheNextRunTimesInTheTimeZone() {
        assertThat(service.preview("0 0 3 * * ?", "Europe/Oslo", 3)).containsExactly(
                Instant.parse("2026-11-24T02:00:00Z"), Instant.parse("2026-11-25T02:00:00Z"),
                Instant.parse("2026-11-26T02:00:00Z"));
        assertThatThrownBy(() -> service.preview("nonsense", "UTC", 3)).isInstanceOf(ValidationException.class);
    }
}
