package io.usercleanup.core.service;

import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.store.SettingsStore;

import java.util.Objects;

/** Reads and changes the app's settings, validated before anything is saved. */
public final class SettingsService {
    /** The shortest history kept, in days. */
    public static final int MIN_RETENTION_DAYS = 1;
    /** The longest history kept, in days (10 years). */
    public static final int MAX_RETENTION_DAYS = 3650;
    /** The smallest minimum interval between a schedule's runs, in minutes. */
    public static final int MIN_SCHEDULE_INTERVAL_MINUTES = 1;
    /** The largest minimum interval between a schedule's runs, in minutes (a day). */
    public static final int MAX_SCHEDULE_INTERVAL_MINUTES = 1440;

    private final SettingsStore settings;

    public SettingsService(SettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public AppSettings get() {
        return settings.load();
    }

    /** Replaces the settings, with the default minimum schedule interval. */
    public AppSettings update(Integer historyRetentionDays) {
        return update(historyRetentionDays, null);
    }

    /**
     * Replaces the settings. A changed minimum interval applies to schedules saved from then on;
     * schedules saved before keep running as they are.
     *
     * @param historyRetentionDays           required, {@value #MIN_RETENTION_DAYS} to {@value #MAX_RETENTION_DAYS}
     * @param minimumScheduleIntervalMinutes {@value #MIN_SCHEDULE_INTERVAL_MINUTES} to
     *                                       {@value #MAX_SCHEDULE_INTERVAL_MINUTES}; {@code null} for the default
     * @throws ValidationException naming each invalid field and the reason; nothing is saved
     */
    public AppSettings update(Integer historyRetentionDays, Integer minimumScheduleIntervalMinutes) {
        Validation v = new Validation();
        if (historyRetentionDays == null) {
            v.error("historyRetentionDays", "A number of days is required.");
        } else if (historyRetentionDays < MIN_RETENTION_DAYS || historyRetentionDays > MAX_RETENTION_DAYS) {
            v.error("historyRetentionDays", "Must be between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS
                    + " days (10 years); it is " + historyRetentionDays + ".");
        }
        int interval = minimumScheduleIntervalMinutes == null
                ? AppSettings.DEFAULT_MINIMUM_SCHEDULE_INTERVAL_MINUTES : minimumScheduleIntervalMinutes;
        if (interval < MIN_SCHEDULE_INTERVAL_MINUTES || interval > MAX_SCHEDULE_INTERVAL_MINUTES) {
            v.error("minimumScheduleIntervalMinutes", "Must be between " + MIN_SCHEDULE_INTERVAL_MINUTES + " and "
                    + MAX_SCHEDULE_INTERVAL_MINUTES + " minutes (a day); it is " + interval + ".");
        }
        v.throwIfAny();
        return settings.save(new AppSettings(historyRetentionDays, interval));
    }
}
