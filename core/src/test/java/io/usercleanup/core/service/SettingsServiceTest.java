package io.usercleanup.core.service;

import io.usercleanup.core.model.AppSettings;
import io.usercleanup.core.store.SettingsStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsServiceTest {
    private AppSettings stored = AppSettings.DEFAULTS;
    private final SettingsService service = new SettingsService(new SettingsStore() {
        @Override
        public AppSettings load() {
            return stored;
        }

        @Override
        public AppSettings save(AppSettings settings) {
            stored = settings;
            return settings;
        }
    });

    @Test
    void get_defaultsToAYear() {
        assertThat(service.get().historyRetentionDays()).isEqualTo(365);
    }

    @Test
    void update_savesDaysFromOneToTenYears() {
        assertThat(service.update(1).historyRetentionDays()).isEqualTo(1);
        assertThat(service.update(3650).historyRetentionDays()).isEqualTo(3650);
        assertThat(stored).isEqualTo(new AppSettings(3650));
    }

    @Test
    void update_refusesMissingAndOutOfRange_savingNothing() {
        assertThatThrownBy(() -> service.update(null)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).containsExactly(new FieldError("historyRetentionDays", "A number of days is required.")));
        assertThatThrownBy(() -> service.update(0)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).containsExactly(new FieldError("historyRetentionDays",
                        "Must be between 1 and 3650 days (10 years); it is 0.")));
        assertThatThrownBy(() -> service.update(3651)).isInstanceOf(ValidationException.class);
        assertThat(stored).isEqualTo(AppSettings.DEFAULTS);
    }
}
