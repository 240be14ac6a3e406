package io.usercleanup.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a run did (or in a dry run would do) to one affected user.
 *
 * @param username    the username at the time of the run
 * @param displayName the full name at the time of the run
 * @param email       the email address at the time of the run, or {@code null}
 * @param directoryId the user's directory
 * @param lastLogin   the last login the decision was based on, or {@code null}
 * @param outcomes    one entry per target group the user was a direct member of
 * @param deactivated {@code true} only for a deactivation that was performed
 */
public record UserOutcome(
        String username,
        String displayName,
        String email,
        long directoryId,
        Instant lastLogin,
        List<GroupOutcome> outcomes,
        boolean deactivated) {

    public UserOutcome {
        Objects.requireNonNull(username, "username");
        outcomes = List.copyOf(outcomes);
    }

    /** The same user with other outcomes. */
    public UserOutcome withOutcomes(List<GroupOutcome> newOutcomes, boolean nowDeactivated) {
        return new UserOutcome(username, displayName, email, directoryId, lastLogin, newOutcomes, nowDeactivated);
    }
}
