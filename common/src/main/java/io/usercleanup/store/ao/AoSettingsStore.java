package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.store.SettingsStore;
import net.java.ao.Query;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link SettingsStore} on Active Objects: one {@link SettingEntity} row per setting. */
public final class AoSettingsStore implements SettingsStore {

    static final String HISTORY_RETENTION_DAYS = "historyRetentionDays";
    static final String MINIMUM_SCHEDULE_INTERVAL_MINUTES = "minimumScheduleIntervalMinutes";

    private final ActiveObjects ao;

    public AoSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public AppSettings load() {
        return new AppSettings(value(HISTORY_RETENTION_DAYS).map(Integer::parseInt)
                .orElse(AppSettings.DEFAULT_HISTORY_RETENTION_DAYS),
                value(MINIMUM_SCHEDULE_INTERVAL_MINUTES).map(Integer::parseInt)
                        .orElse(AppSettings.DEFAULT_MINIMUM_SCHEDULE_INTERVAL_MINUTES));
    }

    @Override
    public AppSettings save(AppSettings settings) {
        put(HISTORY_RETENTION_DAYS, Integer.toString(settings.historyRetentionDays()));
        put(MINIMUM_SCHEDULE_INTERVAL_MINUTES, Integer.toString(settings.minimumScheduleIntervalMinutes()));
        return load();
    }

    private Optional<String> value(String key) {
        return row(key).map(SettingEntity::getSettingValue);
    }

    private Optional<SettingEntity> row(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /**
     * Updates the setting's row, or creates it. When another node creates it at the same moment,
     * the unique key refuses the second row and the value is written into the first instead.
     */
    private void put(String key, String value) {
        try {
            ao.executeInTransaction(() -> {
                Optional<SettingEntity> existing = row(key);
                if (existing.isPresent()) {
                    existing.get().setSettingValue(value);
                    existing.get().save();
                } else {
                    ao.create(SettingEntity.class,
                            Map.of(SettingEntity.SETTING_KEY, key, SettingEntity.SETTING_VALUE, value));
                }
                return null;
            });
        } catch (RuntimeException e) {
            SettingEntity created = row(key).orElseThrow(() -> e);
            ao.executeInTransaction(() -> {
                created.setSettingValue(value);
                created.save();
                return null;
            });
        }
    }
}
