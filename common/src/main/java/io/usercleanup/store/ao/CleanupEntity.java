package io.usercleanup.store.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One cleanup definition. */
@Table(CleanupEntity.TABLE)
public interface CleanupEntity extends LongIdEntity {

    String TABLE = "CLEANUP";
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String ENABLED = "ENABLED";
    String TARGET_GROUPS = "TARGET_GROUPS";
    String APPLICATIONS = "APPLICATIONS";
    String INACTIVE_DAYS = "INACTIVE_DAYS";
    String NEVER_LOGGED_IN = "NEVER_LOGGED_IN";
    String CREATED_MORE_THAN_DAYS = "CREATED_MORE_THAN_DAYS";
    String EXCLUDE_GROUPS = "EXCLUDE_GROUPS";
    String EXCLUDE_USERS = "EXCLUDE_USERS";
    String CLEANUP_ACTION = "CLEANUP_ACTION";
    String IDP_ID = "IDP_ID";
    String SCHEDULE_CRON = "SCHEDULE_CRON";
    String SCHEDULE_TIME_ZONE = "SCHEDULE_TIME_ZONE";
    String SAVED_BY = "SAVED_BY";

    /** Display name as the administrator typed it. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getName();

    void setName(String name);

    /**
     * The name's key ({@link io.usercleanup.core.model.Names#definitionKey}), for case-insensitive
     * lookups. Unique: the database refuses a second cleanup with the same key, whatever the
     * concurrency; a deleted one's row is gone, so its name is free again.
     */
    @NotNull
    @Unique
    @StringLength(Values.NAME_LENGTH)
    String getNameKey();

    void setNameKey(String nameKey);

    /** Whether the schedule is active. */
    @NotNull
    boolean isEnabled();

    void setEnabled(boolean enabled);

    /** Target group names picked directly, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getTargetGroups();

    void setTargetGroups(String targetGroups);

    /** Application keys whose groups are all targets, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getApplications();

    void setApplications(String applications);

    /** Days without login after which a user is inactive. */
    @NotNull
    int getInactiveDays();

    void setInactiveDays(int inactiveDays);

    /** Whether never-logged-in users are candidates. */
    @NotNull
    boolean isNeverLoggedIn();

    void setNeverLoggedIn(boolean neverLoggedIn);

    /** Never-logged-in users count once created more than this many days ago. */
    @NotNull
    int getCreatedMoreThanDays();

    void setCreatedMoreThanDays(int createdMoreThanDays);

    /** Excluded group names, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getExcludeGroups();

    void setExcludeGroups(String excludeGroups);

    /** Excluded usernames, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getExcludeUsers();

    void setExcludeUsers(String excludeUsers);

    /** {@link io.usercleanup.core.model.CleanupAction} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getCleanupAction();

    void setCleanupAction(String cleanupAction);

    /** Id of the identity provider whose synced groups are exported, or {@code null}. */
    @Indexed
    Long getIdpId();

    void setIdpId(Long idpId);

    /** Quartz cron expression, or {@code null} when the cleanup has no schedule. */
    @StringLength(Values.NAME_LENGTH)
    String getScheduleCron();

    void setScheduleCron(String scheduleCron);

    /** Time zone id of the schedule, or {@code null} when the cleanup has no schedule. */
    @StringLength(Values.NAME_LENGTH)
    String getScheduleTimeZone();

    void setScheduleTimeZone(String scheduleTimeZone);

    /** Username of the administrator who saved the cleanup last, or {@code null} if not recorded. */
    @StringLength(Values.NAME_LENGTH)
    String getSavedBy();

    void setSavedBy(String savedBy);
}
