package io.usercleanup.core.model;

/**
 * The app's own settings, the same on every node.
 *
 * @param historyRetentionDays finished runs older than this many days are deleted with their users and outcomes
 */
public record AppSettings(int historyRetentionDays) {

    /** A year of history. */
    public static final int DEFAULT_HISTORY_RETENTION_DAYS = 365;

    /** Settings nobody has changed yet. */
    public static final AppSettings DEFAULTS = new AppSettings(DEFAULT_HISTORY_RETENTION_DAYS);
}
