package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.store.DuplicateNameException;
import io.usercleanup.core.store.IdpInUseException;
import io.usercleanup.core.store.MissingIdpException;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the services answer when the store refuses a save or delete that passed validation, because
 * another request changed the same data in between (a name taken, an identity provider deleted or
 * taken into use): the same field errors and conflicts as validation gives, never an unexpected error.
 */
class CommitTimeRefusalsTest {
    private final InMemoryDefinitionStores.Idps idps = new InMemoryDefinitionStores.Idps();
    private final InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true)
            .group("jira-software-users", 10000);
    private final IdpService idpService = new IdpService(idps, cleanups, directory);
    private final CleanupService cleanupService = new CleanupService(cleanups, idps, directory, new ScheduleCalculator() {
        @Override
        public String problem(ScheduleSpec schedule) {
            return null;
        }

        @Override
        public Instant nextRunAfter(ScheduleSpec schedule, Instant after) {
            return null;
        }
    }, new CleanupScheduleListener() {
        @Override
        public void cleanupSaved(CleanupDefinition cleanup) {
        }

        @Override
        public void cleanupDeleted(long cleanupId) {
        }
    }, Clock.systemUTC());

    private static IdpDraft idp(String name) {
        return new IdpDraft(name, "ENTRA_ID", true, List.of(10000L), List.of(), null, null);
    }

    private static CleanupDraft cleanup(String name, Long idpId) {
        return new CleanupDraft(name, true, List.of("jira-software-users"), List.of(), 90, false, null, List.of(),
                List.of(), "REPORT_ONLY", idpId, null, null);
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
    void cleanupNameTakenAtCommit_isAFieldErrorOnName() {
        cleanups.refuseNext(new DuplicateNameException("Licence cleanup", null));

        assertThat(errorsOf(() -> cleanupService.create(cleanup("Licence cleanup", null), "admin")))
                .extracting(FieldError::field).containsExactly("name");
        assertThat(cleanups.findAll()).isEmpty();
    }

    @Test
    void cleanupRenamedToATakenNameAtCommit_isAFieldErrorOnName() {
        CleanupDefinition saved = cleanupService.create(cleanup("First", null), "admin");
        cleanups.refuseNext(new DuplicateNameException("Second", null));

        assertThat(errorsOf(() -> cleanupService.update(saved.id(), cleanup("Second", null), "admin")))
                .extracting(FieldError::field).containsExactly("name");
        assertThat(cleanups.find(saved.id()).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void idpDeletedBeforeTheCleanupCommits_isAFieldErrorOnIdpId() {
        IdpConfig entra = idpService.create(idp("Entra ID"));
        cleanups.refuseNext(new MissingIdpException(entra.id()));

        assertThat(errorsOf(() -> cleanupService.create(cleanup("Licence cleanup", entra.id()), "admin")))
                .containsExactly(new FieldError("idpId", "There is no identity provider " + entra.id() + "."));
    }

    @Test
    void idpNameTakenAtCommit_isAFieldErrorOnName() {
        IdpConfig saved = idpService.create(idp("Entra ID"));
        idps.refuseNext(new DuplicateNameException("Other", null));

        assertThat(errorsOf(() -> idpService.create(idp("Other")))).extracting(FieldError::field).containsExactly("name");
        idps.refuseNext(new DuplicateNameException("Other", null));
        assertThat(errorsOf(() -> idpService.update(saved.id(), idp("Other")))).extracting(FieldError::field)
                .containsExactly("name");
    }

    @Test
    void idpTakenIntoUseBeforeTheDeleteCommits_isAConflict() {
        IdpConfig entra = idpService.create(idp("Entra ID"));
        idps.refuseNext(new IdpInUseException(entra.id()));

        assertThatThrownBy(() -> idpService.delete(entra.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'Entra ID' is used by a cleanup");
        assertThat(idps.find(entra.id())).isPresent();
    }
}
