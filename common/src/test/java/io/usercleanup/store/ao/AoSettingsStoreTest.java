package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.AppSettings;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AoSettingsStoreTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    @TestTemplate
    void load_givesTheDefaults_beforeAnythingIsSaved(ActiveObjects ao) {
        assertThat(new AoSettingsStore(ao).load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @TestTemplate
    void save_storesOneRowPerSetting_andReplacesIt(ActiveObjects ao) {
        AoSettingsStore store = new AoSettingsStore(ao);

        assertThat(store.save(new AppSettings(30))).isEqualTo(new AppSettings(30));
        assertThat(store.save(new AppSettings(90))).isEqualTo(new AppSettings(90));

        assertThat(new AoSettingsStore(ao).load()).isEqualTo(new AppSettings(90));
        // one row for each setting: the retention and the minimum schedule interval
        assertThat(ao.count(SettingEntity.class)).isEqualTo(2);
        assertThat(store.save(new AppSettings(90, 15))).isEqualTo(new AppSettings(90, 15));
        assertThat(new AoSettingsStore(ao).load().minimumScheduleIntervalMinutes()).isEqualTo(15);
        assertThat(ao.count(SettingEntity.class)).isEqualTo(2);
    }

    @TestTemplate
    void settingKey_isUnique_soTwoNodesCannotStoreASettingTwice(ActiveObjects ao) {
        new AoSettingsStore(ao).save(new AppSettings(30));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> ao.create(SettingEntity.class, Map.of(
                SettingEntity.SETTING_KEY, AoSettingsStore.HISTORY_RETENTION_DAYS, SettingEntity.SETTING_VALUE, "1"))))
                .isInstanceOf(RuntimeException.class);
        assertThat(new AoSettingsStore(ao).load()).isEqualTo(new AppSettings(30));
    }
}
