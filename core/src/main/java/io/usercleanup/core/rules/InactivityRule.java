package io.usercleanup.core.rules;

import io.usercleanup.core.model.NeverLoggedInPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether a user is inactive: the last login is strictly older than {@code now} minus the
 * threshold, or, for a user who never logged in and when the cleanup includes them, the creation
 * is strictly older than {@code now} minus its own threshold. Days are 24-hour periods.
 */
public final class InactivityRule {
    private final Instant lastLoginCutoff;
    private final NeverLoggedInPolicy neverLoggedIn;
    private final Instant creationCutoff;

    public InactivityRule(int inactiveDays, NeverLoggedInPolicy neverLoggedIn, Instant now) {
        Objects.requireNonNull(now, "now");
        this.neverLoggedIn = Objects.requireNonNull(neverLoggedIn, "neverLoggedIn");
        this.lastLoginCutoff = now.minus(Duration.ofDays(inactiveDays));
        this.creationCutoff = now.minus(Duration.ofDays(neverLoggedIn.createdMoreThanDays()));
    }

    /** Judges a user by last login and creation date, either of which may be {@code null}. */
    public Activity judge(Instant lastLogin, Instant created) {
        if (lastLogin != null) {
            return lastLogin.isBefore(lastLoginCutoff) ? Activity.INACTIVE : Activity.ACTIVE;
        }
        if (!neverLoggedIn.include()) {
            return Activity.ACTIVE;
        }
        if (created == null) {
            return Activity.UNKNOWN_CREATION;
        }
        return created.isBefore(creationCutoff) ? Activity.INACTIVE : Activity.ACTIVE;
    }
}
