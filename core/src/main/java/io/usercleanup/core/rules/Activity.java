package io.usercleanup.core.rules;

/** How a user stands against a cleanup's inactivity rule. */
public enum Activity {
    /** Logged in recently enough, or never logged in but not a candidate (yet). */
    ACTIVE,
    /** A cleanup candidate. */
    INACTIVE,
    /** Never logged in, never-logged-in users count, but the creation date is unknown: skipped, never removed. */
    UNKNOWN_CREATION
}
