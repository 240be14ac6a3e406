package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static io.usercleanup.store.ao.StoreFixtures.entraIdp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AoIdpStoreTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void create_shouldRoundTripEveryField(ActiveObjects ao) {
        // given
        AoIdpStore store = new AoIdpStore(ao);
        IdpConfig idp = new IdpConfig(null, "Entra ID – Zürich 東京 🚀", IdpType.ENTRA_ID, false,
                Set.of(10000L, 1L, 4_000_000_000L), List.of("Gruppe Ä", "line\nbreak", "back\\slash", "émoji 🚀"),
                IdentifierSource.USERNAME, CsvTemplate.LEGACY_V1);

        // when
        IdpConfig created = store.create(idp);

        // then
        assertThat(created.id()).isNotNull();
        assertThat(created).isEqualTo(idp.withId(created.id()));
        assertThat(store.find(created.id())).contains(created);
    }

    @TestTemplate
    void create_shouldKeepEmptyListsEmpty(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);
        IdpConfig idp = new IdpConfig(null, "Empty", IdpType.ENTRA_ID, true, Set.of(), List.of(), null, null);

        IdpConfig found = store.find(store.create(idp).id()).orElseThrow();

        assertThat(found.directoryIds()).isEmpty();
        assertThat(found.groups()).isEmpty();
        assertThat(found.identifier()).isEqualTo(IdentifierSource.EMAIL);
        assertThat(found.csvTemplate()).isEqualTo(CsvTemplate.CURRENT);
    }

    @TestTemplate
    void create_shouldAcceptNamesOf255CharactersAndRejectLonger(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);
        String longest = "ü".repeat(255);

        assertThat(store.create(entraIdp(longest)).name()).isEqualTo(longest);
        assertThatThrownBy(() -> store.create(entraIdp(longest + "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(store.findAll()).hasSize(1);
    }

    @TestTemplate
    void findByName_shouldIgnoreCase(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);
        IdpConfig created = store.create(entraIdp("Entra ÄÖÜ"));
        store.create(entraIdp("Other"));

        assertThat(store.findByName("entra äöü")).contains(created);
        assertThat(store.findByName("ENTRA ÄÖÜ")).contains(created);
        assertThat(store.findByName("Entra")).isEmpty();
    }

    @TestTemplate
    void findAll_shouldOrderByNameIgnoringCase(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);
        store.create(entraIdp("charlie"));
        store.create(entraIdp("Alpha"));
        store.create(entraIdp("bravo"));

        assertThat(store.findAll()).extracting(IdpConfig::name).containsExactly("Alpha", "bravo", "charlie");
    }

    @TestTemplate
    void update_shouldReplaceEveryField(ActiveObjects ao) {
        // given
        AoIdpStore store = new AoIdpStore(ao);
        IdpConfig created = store.create(entraIdp("Entra"));
        IdpConfig changed = new IdpConfig(created.id(), "Renamed", IdpType.ENTRA_ID, false, Set.of(),
                List.of("a", "b"), IdentifierSource.USERNAME, CsvTemplate.LEGACY_V1);

        // when
        var updated = store.update(changed);

        // then
        assertThat(updated).contains(changed);
        assertThat(store.find(created.id())).contains(changed);
        assertThat(store.findByName("renamed")).contains(changed);
        assertThat(store.findByName("entra")).isEmpty();
    }

    @TestTemplate
    void update_shouldBeEmptyForAMissingOrUnsavedId(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);

        assertThat(store.update(entraIdp("Nobody").withId(4711L))).isEmpty();
        assertThat(store.update(entraIdp("Nobody"))).isEmpty();
        assertThat(store.findAll()).isEmpty();
    }

    @TestTemplate
    void delete_shouldRemoveOnlyThatConfiguration(ActiveObjects ao) {
        AoIdpStore store = new AoIdpStore(ao);
        IdpConfig gone = store.create(entraIdp("Gone"));
        IdpConfig kept = store.create(entraIdp("Kept"));

        assertThat(store.delete(gone.id())).isTrue();
        assertThat(store.delete(gone.id())).isFalse();
        assertThat(store.find(gone.id())).isEmpty();
        assertThat(store.findAll()).containsExactly(kept);
    }
}
