package io.usercleanup.core.model;

/**
 * Whether users who never logged in are cleanup candidates.
 *
 * @param include             whether they count at all
 * @param createdMoreThanDays they count only once created more than this many days ago
 */
public record NeverLoggedInPolicy(boolean include, int createdMoreThanDays) {
    /** Never-logged-in users are not candidates. */
    public static final NeverLoggedInPolicy EXCLUDED = new NeverLoggedInPolicy(false, 0);
}
