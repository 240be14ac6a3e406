package io.usercleanup.core.model;

/** What a cleanup does to inactive members of target groups that are not synced from an identity provider. */
public enum CleanupAction {
    /** Remove the direct membership of the target group. */
    REMOVE_FROM_GROUPS,
    /** Deactivate the user once, keeping the memberships. */
    DEACTIVATE,
    /** Change nothing; record who would be affected. */
    REPORT_ONLY
}
