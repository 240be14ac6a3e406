package io.usercleanup.core.model;

/**
 * The app's own settings, the same on every node.
 *
 * @param historyRetentionDays           finished runs older than this many days are deleted with their users
 *                                       and outcomes
 * @param minimumScheduleIntervalMinutes a cleanup's schedule may not fire twice within this many minutes
 */
public record AppSettings(int historyRetentionDays, int minimumScheduleIntervalMinutes) {

    /** A year of history. */
    public static final int DEFAULT_HISTORY_RETENTION_DAYS = 365;

    /** At most one scheduled run an hour. */
    public static final int DEFAULT_MINIMUM_SCHEDULE_INTERVAL_MINUTES = 60;

    /** Settings nobody has changed yet. */
    public static final AppSettings DEFAULTS = new AppSettings(DEFAULT_HISTORY_RETENTION_DAYS,
            DEFAULT_MINIMUM_SCHEDULE_INTERVAL_MINUTES);

    /** Settings with the given retention and the default minimum schedule interval. */
    public AppSettings(int historyRetentionDays) {
        this(historyRetentionDays, DEFAULT_MINIMUM_SCHEDULE_INTERVAL_MINUTES);
    }
}
