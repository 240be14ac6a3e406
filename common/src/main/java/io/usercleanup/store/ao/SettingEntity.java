package io.usercleanup.store.ao;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One of the app's settings, by key, so that a new setting needs no schema change. The unique key
 * keeps two nodes saving a setting for the first time at once from storing it twice.
 */
@Table(SettingEntity.TABLE)
public interface SettingEntity extends LongIdEntity {

    String TABLE = "SETTING";
    String SETTING_KEY = "SETTING_KEY";
    String SETTING_VALUE = "SETTING_VALUE";

    /** The setting's name, such as {@code historyRetentionDays}; short enough for a unique index on every database. */
    @NotNull
    @Unique
    @StringLength(KEY_LENGTH)
    String getSettingKey();

    /** The value, as text. */
    @StringLength(Values.REASON_LENGTH)
    String getSettingValue();

    void setSettingValue(String value);

    /** Longest key. */
    int KEY_LENGTH = 64;
}
