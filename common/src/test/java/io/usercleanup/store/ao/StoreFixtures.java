package io.usercleanup.store.ao;

import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Values the store tests save, and the database extension they run on. */
final class StoreFixtures {

    static final Instant STARTED = Instant.parse("2025-03-01T03:00:00.123Z");

    private StoreFixtures() {
    }

    static AoDatabasesExtension databases() {
        return new AoDatabasesExtension(StoreEntities.NAMESPACE, StoreEntities.all());
    }

    static IdpConfig entraIdp(String name) {
        return new IdpConfig(null, name, IdpType.ENTRA_ID, true, Set.of(10000L, 10001L),
                List.of("scim-users"), IdentifierSource.EMAIL, CsvTemplate.CURRENT);
    }

    static CleanupDefinition cleanup(String name, Long idpId) {
        return new CleanupDefinition(null, name, true, List.of("jira-software-users"), List.of("jira-software"), 90,
                new NeverLoggedInPolicy(true, 30), List.of("service-accounts"), List.of("admin"),
                CleanupAction.REMOVE_FROM_GROUPS, idpId, new ScheduleSpec("0 0 3 * * ?", "UTC"));
    }

    static NewRun newRun(long cleanupId, Instant startedAt) {
        return new NewRun(cleanupId, "Entra licence cleanup", RunTrigger.MANUAL, "admin", false, startedAt, 1L,
                CsvTemplate.CURRENT);
    }

    static UserOutcome user(String username, GroupOutcome... outcomes) {
        return new UserOutcome(username, "Name of " + username, username + "@example.com", 10000L,
                Instant.parse("2024-11-02T10:15:30.456Z"), List.of(outcomes), false);
    }

    static GroupOutcome exported(String group, String identifier) {
        return new GroupOutcome(group, OutcomeType.EXPORTED, null, identifier);
    }

    static GroupOutcome outcome(String group, OutcomeType type) {
        return new GroupOutcome(group, type, null, null);
    }
}
