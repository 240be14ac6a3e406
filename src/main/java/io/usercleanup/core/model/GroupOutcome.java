package io.usercleanup.core.model;

import java.util.Objects;

/**
 * The outcome for one target group of one user.
 *
 * @param group      the group name
 * @param outcome    what happened
 * @param reason     why, for {@code FAILED} and {@code NO_IDENTIFIER}; otherwise {@code null}
 * @param identifier the identity provider identifier written to the group's file, for
 *                   {@code EXPORTED}; otherwise {@code null}
 */
public record GroupOutcome(String group, OutcomeType outcome, String reason, String identifier) {
    public GroupOutcome {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The same outcome, now failed for the given reason. */
    public GroupOutcome failed(String why) {
        return new GroupOutcome(group, OutcomeType.FAILED, why, null);
    }
}
