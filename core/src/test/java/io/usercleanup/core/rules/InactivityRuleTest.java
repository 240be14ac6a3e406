package io.usercleanup.core.rules;

import io.usercleanup.core.model.NeverLoggedInPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InactivityRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant NINETY_DAYS_AGO = NOW.minus(Duration.ofDays(90));

    private final InactivityRule rule = new InactivityRule(90, new NeverLoggedInPolicy(true, 30), NOW);

    @Test
    void lastLoginExactlyAtTheThreshold_isStillActive() {
        assertThat(rule.judge(NINETY_DAYS_AGO, null)).isEqualTo(Activity.ACTIVE);
    }

    @Test
    void lastLoginOneMillisecondBeforeTheThreshold_isInactive() {
        assertThat(rule.judge(NINETY_DAYS_AGO.minusMillis(1), null)).isEqualTo(Activity.INACTIVE);
    }

    @Test
    void lastLoginAfterTheThreshold_isActive() {
        assertThat(rule.judge(NINETY_DAYS_AGO.plusMillis(1), NOW.minus(Duration.ofDays(900))))
                .isEqualTo(Activity.ACTIVE);
    }

    @Test
    void daysAreTwentyFourHourPeriods_evenAcrossDaylightSavingChanges() {
        // 90 days before 2026-11-23T12:00Z is 2026-08-25T12:00Z, whatever the local time zone does.
        assertThat(rule.judge(Instant.parse("2026-08-25T11:59:59.999Z"), null)).isEqualTo(Activity.INACTIVE);
        assertThat(rule.judge(Instant.parse("2026-08-25T12:00:00Z"), null)).isEqualTo(Activity.ACTIVE);
    }

    @Test
    void neverLoggedIn_createdBeforeItsThreshold_isInactive() {
        assertThat(rule.judge(null, NOW.minus(Duration.ofDays(30)).minusMillis(1))).isEqualTo(Activity.INACTIVE);
    }

    @Test
    void neverLoggedIn_createdExactlyAtItsThreshold_isActive() {
        assertThat(rule.judge(null, NOW.minus(Duration.ofDays(30)))).isEqualTo(Activity.ACTIVE);
    }

    @Test
    void neverLoggedIn_withUnknownCreation_isSkippedNotInactive() {
        assertThat(rule.judge(null, null)).isEqualTo(Activity.UNKNOWN_CREATION);
    }

    @Test
    void neverLoggedIn_whenTheCleanupDoesNotIncludeThem_isNeverACandidate() {
        InactivityRule excluding = new InactivityRule(90, NeverLoggedInPolicy.EXCLUDED, NOW);

        assertThat(excluding.judge(null, NOW.minus(Duration.ofDays(3000)))).isEqualTo(Activity.ACTIVE);
        assertThat(excluding.judge(null, null)).isEqualTo(Activity.ACTIVE);
    }

    @Test
    void zeroDays_makesEveryEarlierLoginInactive() {
        InactivityRule zero = new InactivityRule(0, new NeverLoggedInPolicy(true, 0), NOW);

        assertThat(zero.judge(NOW.minusMillis(1), null)).isEqualTo(Activity.INACTIVE);
        assertThat(zero.judge(NOW, null)).isEqualTo(Activity.ACTIVE);
        assertThat(zero.judge(null, NOW.minusMillis(1))).isEqualTo(Activity.INACTIVE);
    }
}
