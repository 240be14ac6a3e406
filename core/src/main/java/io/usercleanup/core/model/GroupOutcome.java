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
 * @param pending    {@code true} while a real run has recorded what it means to do but not yet
 *                   whether it did it; such an outcome is a plan, not a result
 */
public record GroupOutcome(String group, OutcomeType outcome, String reason, String identifier, boolean pending) {
    public GroupOutcome {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A confirmed outcome. */
    public GroupOutcome(String group, OutcomeType outcome, String reason, String identifier) {
        this(group, outcome, reason, identifier, false);
    }

    /** The same outcome, now failed for the given reason. */
    public GroupOutcome failed(String why) {
        return new GroupOutcome(group, OutcomeType.FAILED, why, null);
    }
}
