package io.usercleanup.core.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExclusionsTest {

    @Test
    void excludedUsernames_matchInAnyCase() {
        Exclusions exclusions = new Exclusions(List.of("Admin", "svc-Backup"), Set.of());

        assertThat(exclusions.excludes("admin")).isTrue();
        assertThat(exclusions.excludes("ADMIN")).isTrue();
        assertThat(exclusions.excludes("SVC-backup")).isTrue();
        assertThat(exclusions.excludes("alice")).isFalse();
    }

    @Test
    void membersOfExcludedGroups_areExcludedInAnyCase() {
        Exclusions exclusions = new Exclusions(List.of(), Set.of("Bot-1", "bot-2"));

        assertThat(exclusions.excludes("BOT-1")).isTrue();
        assertThat(exclusions.excludes("Bot-2")).isTrue();
        assertThat(exclusions.excludes("bot-3")).isFalse();
    }

    @Test
    void turkishLocale_doesNotChangeMatching() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(new java.util.Locale("tr", "TR"));
            Exclusions exclusions = new Exclusions(List.of("ADMIN-I"), Set.of());

            assertThat(exclusions.excludes("admin-i")).isTrue();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
