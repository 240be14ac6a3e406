package io.usercleanup.devhost;

import io.usercleanup.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expiry, revocation and the raw token kept nowhere, without HTTP. */
class PersonalAccessTokensTest {
    private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final PersonalAccessTokens tokens = new PersonalAccessTokens(clock);

    @Test
    void aTokenAuthenticatesUntilItsLastDay_andNotFromItsExpiry() {
        String raw = tokens.create("admin", "ci", 2).rawToken();

        clock.advance(Duration.ofDays(2).minusMillis(1));
        assertThat(tokens.owner(raw)).isEqualTo("admin");
        clock.advance(Duration.ofMillis(1));
        assertThat(tokens.owner(raw)).isNull();
        assertThat(tokens.of("admin")).isEmpty();
    }

    @Test
    void aTokenWithoutDays_neverExpires() {
        String raw = tokens.create("user", "forever", null).rawToken();

        clock.advance(Duration.ofDays(10_000));
        assertThat(tokens.owner(raw)).isEqualTo("user");
    }

    @Test
    void revoking_endsTheToken_andOnlyItsOwnerCanRevokeIt() {
        PersonalAccessTokens.Created created = tokens.create("user", "ci", null);

        assertThat(tokens.revoke("admin", created.token().id())).isFalse();
        assertThat(tokens.revoke("user", created.token().id())).isTrue();
        assertThat(tokens.owner(created.rawToken())).isNull();
    }

    @Test
    void rawTokens_differ_andAreNeitherInTheTokenNorInToString() {
        PersonalAccessTokens.Created one = tokens.create("user", "a", 1);
        PersonalAccessTokens.Created two = tokens.create("user", "a", 1);

        assertThat(one.rawToken()).isNotEqualTo(two.rawToken());
        assertThat(one.toString()).doesNotContain(one.rawToken());
        assertThat(one.token().toString()).doesNotContain(one.rawToken());
        assertThat(tokens.owner(null)).isNull();
        assertThat(tokens.owner(one.rawToken() + "x")).isNull();
    }

    @Test
    void badNamesAndDurations_areRefused() {
        assertThatThrownBy(() -> tokens.create("user", " ", 1)).hasMessage("name");
        assertThatThrownBy(() -> tokens.create("user", null, 1)).hasMessage("name");
        assertThatThrownBy(() -> tokens.create("user", "ci", 0)).hasMessage("expirationDuration");
        assertThatThrownBy(() -> tokens.create("user", "ci", PersonalAccessTokens.MAX_DAYS + 1))
                .hasMessage("expirationDuration");
        assertThat(tokens.create("user", "ci", PersonalAccessTokens.MAX_DAYS).token().expiringAt())
                .isEqualTo(START.plus(Duration.ofDays(PersonalAccessTokens.MAX_DAYS)));
    }
}
