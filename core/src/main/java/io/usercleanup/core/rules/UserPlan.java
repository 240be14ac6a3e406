package io.usercleanup.core.rules;

import io.usercleanup.core.model.UserOutcome;

import java.util.Objects;

/**
 * The decision for one user of the target groups.
 *
 * @param category   where the user lands in the counts
 * @param outcome    for an {@link UserCategory#INACTIVE} user, the outcome per target group as
 *                   planned (before anything is carried out); otherwise {@code null}
 * @param deactivate whether the user is to be deactivated (once, at user level)
 */
public record UserPlan(UserCategory category, UserOutcome outcome, boolean deactivate) {

    public UserPlan {
        Objects.requireNonNull(category, "category");
        if ((category == UserCategory.INACTIVE) != (outcome != null)) {
            throw new IllegalArgumentException("Only an inactive user has outcomes");
        }
    }

    static UserPlan untouched(UserCategory category) {
        return new UserPlan(category, null, false);
    }

    /** Whether the user has outcomes to record. */
    public boolean affects() {
        return outcome != null;
    }
}
