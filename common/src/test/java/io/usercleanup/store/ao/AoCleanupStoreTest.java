package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.usercleanup.store.ao.StoreFixtures.cleanup;
import static org.assertj.core.api.Assertions.assertThat;

class AoCleanupStoreTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void create_shouldRoundTripEveryField(ActiveObjects ao) {
        // given
        AoCleanupStore store = new AoCleanupStore(ao);
        long idpId = idp(ao, "Entra ID");
        CleanupDefinition cleanup = new CleanupDefinition(null, "Lizenzbereinigung – Ω 東京 🚀", false,
                List.of("jira-software-users", "Grüppe mit Leerzeichen ", "x".repeat(255)),
                List.of("jira-software", "jira-servicedesk"), 3650, new NeverLoggedInPolicy(true, 0),
                List.of("service-accounts", "\\weird\nname\r"), List.of("admin", "Zoë"),
                CleanupAction.DEACTIVATE, idpId, new ScheduleSpec("0 15 10 ? * MON-FRI", "Europe/Oslo"), "Zoë.admin");

        // when
        CleanupDefinition created = store.create(cleanup);

        // then
        assertThat(created.id()).isNotNull();
        assertThat(created).isEqualTo(cleanup.withId(created.id()));
        assertThat(store.find(created.id())).contains(created);
    }

    @TestTemplate
    void create_shouldKeepEmptyListsAndAbsentScheduleAndIdp(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);
        CleanupDefinition cleanup = new CleanupDefinition(null, "Bare", true, List.of(), List.of("jira-core"), 0,
                null, List.of(), List.of(), CleanupAction.REPORT_ONLY, null, null);

        CleanupDefinition found = store.find(store.create(cleanup).id()).orElseThrow();

        assertThat(found.groups()).isEmpty();
        assertThat(found.excludeGroups()).isEmpty();
        assertThat(found.excludeUsers()).isEmpty();
        assertThat(found.idpId()).isNull();
        assertThat(found.schedule()).isNull();
        assertThat(found.neverLoggedIn()).isEqualTo(NeverLoggedInPolicy.EXCLUDED);
        assertThat(found.savedBy()).isNull();
        assertThat(found).isEqualTo(cleanup.withId(found.id()));
    }

    @TestTemplate
    void findByName_shouldIgnoreCase(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);
        CleanupDefinition created = store.create(cleanup("Entra Licence Cleanup", idp(ao, "Entra ID")));

        assertThat(store.findByName("entra licence cleanup")).contains(created);
        assertThat(store.findByName("ENTRA LICENCE CLEANUP")).contains(created);
        assertThat(store.findByName("Entra")).isEmpty();
    }

    @TestTemplate
    void findByIdp_shouldReturnTheIdpsCleanupsByName(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);
        long seven = idp(ao, "seven");
        long eight = idp(ao, "eight");
        CleanupDefinition second = store.create(cleanup("b", seven));
        CleanupDefinition first = store.create(cleanup("A", seven));
        store.create(cleanup("other idp", eight));
        store.create(cleanup("no idp", null));

        assertThat(store.findByIdp(seven)).containsExactly(first, second);
        assertThat(store.findByIdp(eight + 1000)).isEmpty();
    }

    @TestTemplate
    void findAll_shouldOrderByNameIgnoringCase(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);
        store.create(cleanup("zeta", null));
        store.create(cleanup("Alpha", null));
        store.create(cleanup("beta", null));

        assertThat(store.findAll()).extracting(CleanupDefinition::name).containsExactly("Alpha", "beta", "zeta");
    }

    @TestTemplate
    void update_shouldReplaceEveryField(ActiveObjects ao) {
        // given
        AoCleanupStore store = new AoCleanupStore(ao);
        long idpId = idp(ao, "Entra ID");
        CleanupDefinition created = store.create(cleanup("Before", idpId));
        CleanupDefinition changed = new CleanupDefinition(created.id(), "After", false, List.of("g2"), List.of(), 7,
                NeverLoggedInPolicy.EXCLUDED, List.of(), List.of("bob"), CleanupAction.REPORT_ONLY, null, null,
                "second.admin");

        // when
        var updated = store.update(changed);

        // then
        assertThat(updated).contains(changed);
        assertThat(store.find(created.id())).contains(changed);
        assertThat(store.findByIdp(idpId)).isEmpty();
    }

    @TestTemplate
    void update_shouldBeEmptyForAMissingId(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);

        assertThat(store.update(cleanup("Nobody", null).withId(99L))).isEmpty();
        assertThat(store.findAll()).isEmpty();
    }

    @TestTemplate
    void delete_shouldRemoveOnlyThatCleanup(ActiveObjects ao) {
        AoCleanupStore store = new AoCleanupStore(ao);
        CleanupDefinition gone = store.create(cleanup("Gone", null));
        CleanupDefinition kept = store.create(cleanup("Kept", null));

        assertThat(store.delete(gone.id())).isTrue();
        assertThat(store.delete(gone.id())).isFalse();
        assertThat(store.findAll()).containsExactly(kept);
    }

    /** A stored identity provider's id: a cleanup can name only one that exists. */
    private static long idp(ActiveObjects ao, String name) {
        return new AoIdpStore(ao).create(StoreFixtures.entraIdp(name)).id();
    }
}
