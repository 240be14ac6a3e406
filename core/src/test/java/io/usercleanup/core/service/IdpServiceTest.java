package io.usercleanup.core.service;

import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.testing.FakeUserDirectory;
import io.usercleanup.core.testing.InMemoryDefinitionStores;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class IdpServiceTest {
    private final InMemoryDefinitionStores.Idps idps = new InMemoryDefinitionStores.Idps();
    private final InMemoryDefinitionStores.Cleanups cleanups = new InMemoryDefinitionStores.Cleanups();
    private final FakeUserDirectory directory = new FakeUserDirectory()
            .directory(1, "Jira Internal Directory", DirectoryKind.INTERNAL, false)
            .directory(10000, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true)
            .group("scim-users", 1);
    private final IdpService service = new IdpService(idps, cleanups, directory);

    private static IdpDraft draft(String name) {
        return new IdpDraft(name, "ENTRA_ID", true, List.of(10000L), List.of("SCIM-USERS"), null, null);
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
    void create_savesTheValidatedConfiguration_withDefaultsAndTheDirectorysSpelling() {
        IdpConfig saved = service.create(draft("  Entra ID "));

        assertThat(saved).isEqualTo(new IdpConfig(1L, "Entra ID", IdpType.ENTRA_ID, true, Set.of(10000L),
                List.of("scim-users"), IdentifierSource.EMAIL, CsvTemplate.CURRENT));
        assertThat(service.get(1)).isEqualTo(saved);
    }

    @Test
    void create_reportsEveryInvalidField_andSavesNothing() {
        IdpDraft bad = new IdpDraft("x".repeat(256), "OKTA", null, List.of(10000L, 42L), Arrays.asList("nope", ""),
                "PHONE", "V2");

        assertThat(errorsOf(() -> service.create(bad))).extracting(FieldError::field).containsExactly(
                "name", "type", "identifier", "csvTemplate", "directoryIds", "groups", "groups");
        assertThat(errorsOf(() -> service.create(bad))).extracting(FieldError::message).contains(
                "The name is 256 characters long; at most 255 are allowed.",
                "'OKTA' is not one of ENTRA_ID.",
                "There is no user directory with the id 42.",
                "There is no group 'nope'.");
        assertThat(idps.findAll()).isEmpty();
    }

    @Test
    void create_requiresANameAndAType() {
        assertThat(errorsOf(() -> service.create(new IdpDraft(" ", null, true, null, null, null, null))))
                .extracting(FieldError::field, FieldError::message).containsExactly(
                        tuple("name", "A name is required."),
                        tuple("type", "A value is required: one of ENTRA_ID."));
    }

    @Test
    void names_areUniqueIgnoringCase() {
        service.create(draft("Entra ID"));

        assertThat(errorsOf(() -> service.create(draft("ENTRA id"))))
                .containsExactly(new FieldError("name", "Another identity provider is already called 'Entra ID'."));
        assertThat(idps.findAll()).hasSize(1);
    }

    @Test
    void update_keepsItsOwnName_andChangesFields() {
        IdpConfig saved = service.create(draft("Entra ID"));

        IdpConfig updated = service.update(saved.id(), new IdpDraft("Entra ID", "ENTRA_ID", false, List.of(), List.of(),
                "USERNAME", "LEGACY_V1"));

        assertThat(updated.provisioningEnabled()).isFalse();
        assertThat(updated.identifier()).isEqualTo(IdentifierSource.USERNAME);
        assertThat(updated.csvTemplate()).isEqualTo(CsvTemplate.LEGACY_V1);
        assertThat(service.get(saved.id())).isEqualTo(updated);
    }

    @Test
    void updateOrDeleteOfAnUnknownId_isNotFound() {
        assertThatThrownBy(() -> service.update(9, draft("x"))).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no identity provider 9");
        assertThatThrownBy(() -> service.delete(9)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_whileACleanupUsesIt_isAConflict_andKeepsIt() {
        IdpConfig saved = service.create(draft("Entra ID"));
        cleanups.create(new CleanupDefinition(null, "Licence cleanup", true, List.of("scim-users"), List.of(), 90,
                null, List.of(), List.of(), CleanupAction.REPORT_ONLY, saved.id(), null));

        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(ConflictException.class)
                .hasMessage("The identity provider 'Entra ID' is used by 'Licence cleanup'; change those cleanups first.");
        assertThat(idps.find(saved.id())).isPresent();
    }

    @Test
    void delete_removesIt() {
        IdpConfig saved = service.create(draft("Entra ID"));

        service.delete(saved.id());

        assertThat(idps.findAll()).isEmpty();
    }
}
