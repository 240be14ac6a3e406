package io.usercleanup.store.ao;

import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.ScheduleSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps cleanup definitions to and from {@link CleanupEntity} rows. */
final class CleanupRows {

    private CleanupRows() {
    }

    static Map<String, Object> values(CleanupDefinition cleanup) {
        String name = Values.name(cleanup.name(), "name");
        ScheduleSpec schedule = cleanup.schedule();
        Map<String, Object> values = new HashMap<>();
        values.put(CleanupEntity.NAME, name);
        values.put(CleanupEntity.NAME_KEY, Names.definitionKey(name));
        values.put(CleanupEntity.ENABLED, cleanup.enabled());
        values.put(CleanupEntity.TARGET_GROUPS, names(cleanup.groups(), "groups"));
        values.put(CleanupEntity.APPLICATIONS, names(cleanup.applications(), "applications"));
        values.put(CleanupEntity.INACTIVE_DAYS, cleanup.inactiveDays());
        values.put(CleanupEntity.NEVER_LOGGED_IN, cleanup.neverLoggedIn().include());
        values.put(CleanupEntity.CREATED_MORE_THAN_DAYS, cleanup.neverLoggedIn().createdMoreThanDays());
        values.put(CleanupEntity.EXCLUDE_GROUPS, names(cleanup.excludeGroups(), "excludeGroups"));
        values.put(CleanupEntity.EXCLUDE_USERS, names(cleanup.excludeUsers(), "excludeUsers"));
        values.put(CleanupEntity.CLEANUP_ACTION, Values.code(cleanup.action()));
        values.put(CleanupEntity.IDP_ID, cleanup.idpId());
        values.put(CleanupEntity.SCHEDULE_CRON,
                schedule == null ? null : Values.name(schedule.cron(), "schedule.cron"));
        values.put(CleanupEntity.SCHEDULE_TIME_ZONE,
                schedule == null ? null : Values.name(schedule.timeZone(), "schedule.timeZone"));
        values.put(CleanupEntity.SAVED_BY, Values.optionalName(cleanup.savedBy(), "savedBy"));
        return values;
    }

    static void update(CleanupEntity row, CleanupDefinition cleanup) {
        Map<String, Object> values = values(cleanup);
        row.setName((String) values.get(CleanupEntity.NAME));
        row.setNameKey((String) values.get(CleanupEntity.NAME_KEY));
        row.setEnabled(cleanup.enabled());
        row.setTargetGroups((String) values.get(CleanupEntity.TARGET_GROUPS));
        row.setApplications((String) values.get(CleanupEntity.APPLICATIONS));
        row.setInactiveDays(cleanup.inactiveDays());
        row.setNeverLoggedIn(cleanup.neverLoggedIn().include());
        row.setCreatedMoreThanDays(cleanup.neverLoggedIn().createdMoreThanDays());
        row.setExcludeGroups((String) values.get(CleanupEntity.EXCLUDE_GROUPS));
        row.setExcludeUsers((String) values.get(CleanupEntity.EXCLUDE_USERS));
        row.setCleanupAction((String) values.get(CleanupEntity.CLEANUP_ACTION));
        row.setIdpId(cleanup.idpId());
        row.setScheduleCron((String) values.get(CleanupEntity.SCHEDULE_CRON));
        row.setScheduleTimeZone((String) values.get(CleanupEntity.SCHEDULE_TIME_ZONE));
        row.setSavedBy((String) values.get(CleanupEntity.SAVED_BY));
        row.save();
    }

    static CleanupDefinition toDefinition(CleanupEntity row) {
        String cron = row.getScheduleCron();
        return new CleanupDefinition(
                row.getID(),
                row.getName(),
                row.isEnabled(),
                TextList.decode(row.getTargetGroups()),
                TextList.decode(row.getApplications()),
                row.getInactiveDays(),
                new NeverLoggedInPolicy(row.isNeverLoggedIn(), row.getCreatedMoreThanDays()),
                TextList.decode(row.getExcludeGroups()),
                TextList.decode(row.getExcludeUsers()),
                Values.enumValue(CleanupAction.class, row.getCleanupAction()),
                row.getIdpId(),
                cron == null ? null : new ScheduleSpec(cron, row.getScheduleTimeZone()),
                row.getSavedBy());
    }

    private static String names(List<String> names, String field) {
        names.forEach(name -> Values.name(name, field));
        return TextList.encode(names);
    }
}
