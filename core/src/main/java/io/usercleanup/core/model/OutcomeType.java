package io.usercleanup.core.model;

/** What happened, or in a dry run would happen, to one (user, target group) pair. */
public enum OutcomeType {
    REMOVED,
    WOULD_REMOVE,
    DEACTIVATED,
    WOULD_DEACTIVATE,
    /** The user is listed in the group's identity provider file. */
    EXPORTED,
    /** The group is synced from the identity provider but the user has no usable identifier. */
    NO_IDENTIFIER,
    FAILED,
    /** Report only: nothing was changed. */
    REPORTED;

    /** The outcome that stands for this one in a dry run. */
    public OutcomeType forDryRun(boolean dryRun) {
        if (!dryRun) {
            return this;
        }
        switch (this) {
            case REMOVED:
                return WOULD_REMOVE;
            case DEACTIVATED:
                return WOULD_DEACTIVATE;
            default:
                return this;
        }
    }
}
