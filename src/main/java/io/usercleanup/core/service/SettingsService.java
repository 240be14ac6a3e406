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

    private final SettingsStore settings;

    public SettingsService(SettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public AppSettings get() {
        return settings.load();
    }

    /**
     * Replaces the settings.
     *
     * @param historyRetentionDays required, {@value #MIN_RETENTION_DAYS} to {@value #MAX_RETENTION_DAYS}
     * @throws ValidationException naming the field and the reason; nothing is saved
     */
    public AppSettings update(Integer historyRetentionDays) {
        Validation v = new Validation();
        if (historyRetentionDays == null) {
            v.error("historyRetentionDays", "A number of days is required.");
        } else if (historyRetentionDays < MIN_RETENTION_DAYS || historyRetentionDays > MAX_RETENTION_DAYS) {
            v.error("historyRetentionDays", "Must be between " + MIN_RETENTION_DAYS + " and " + MAX_RETENTION_DAYS
                    + " days (10 years); it is " + historyRetentionDays + ".");
        }
        v.throwIfAny();
        return settings.save(new AppSettings(historyRetentionDays));
    }
}
