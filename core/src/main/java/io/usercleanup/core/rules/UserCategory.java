package io.usercleanup.core.rules;

/** Where a user of the target groups lands in a run's counts. */
public enum UserCategory {
    /** Deactivated already: not evaluated at all. */
    NOT_EVALUATED,
    /** Evaluated and not a candidate. */
    ACTIVE,
    /** Inactive and not excluded: affected. */
    INACTIVE,
    /** Inactive but excluded: counted, never touched. */
    EXCLUDED,
    /** Never logged in with an unknown creation date: counted, never touched. */
    SKIPPED
}
