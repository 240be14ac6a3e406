package io.usercleanup.rest;

import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.service.CleanupDraft;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of cleanups. The read-only fields ({@code id}, {@code nextRunAt}, {@code savedBy})
 * are accepted and ignored on input, so that what a client read it may send back.
 */
final class CleanupJson {
    private static final Set<String> FIELDS = Set.of("id", "name", "enabled", "groups", "applications", "inactiveDays",
            "neverLoggedIn", "excludeGroups", "excludeUsers", "action", "idpId", "schedule", "nextRunAt", "savedBy");
    private static final Set<String> NEVER_LOGGED_IN_FIELDS = Set.of("include", "createdMoreThanDays");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("cron", "timeZone");

    private CleanupJson() {
    }

    static CleanupDraft read(String body) {
        JsonObject json = JsonObject.parse(body);
        json.rejectUnknownFields(FIELDS);
        JsonObject neverLoggedIn = json.object("neverLoggedIn");
        neverLoggedIn.rejectUnknownFields(NEVER_LOGGED_IN_FIELDS);
        boolean scheduled = json.has("schedule");
        JsonObject schedule = json.object("schedule");
        schedule.rejectUnknownFields(SCHEDULE_FIELDS);
        CleanupDraft draft = new CleanupDraft(json.text("name"), json.bool("enabled"), json.texts("groups"),
                json.texts("applications"), json.integer("inactiveDays"), neverLoggedIn.bool("include"),
                neverLoggedIn.integer("createdMoreThanDays"), json.texts("excludeGroups"), json.texts("excludeUsers"),
                json.text("action"), json.longValue("idpId"),
                scheduled ? nonNull(schedule.text("cron")) : null, scheduled ? schedule.text("timeZone") : null);
        json.throwIfInvalid();
        return draft;
    }

    /** A schedule object without a cron expression is still a schedule, so its absence is reported. */
    private static String nonNull(String cron) {
        return cron == null ? "" : cron;
    }

    static Map<String, Object> write(CleanupDefinition cleanup, Instant nextRunAt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", cleanup.id());
        json.put("name", cleanup.name());
        json.put("enabled", cleanup.enabled());
        json.put("groups", cleanup.groups());
        json.put("applications", cleanup.applications());
        json.put("inactiveDays", cleanup.inactiveDays());
        Map<String, Object> neverLoggedIn = new LinkedHashMap<>();
        neverLoggedIn.put("include", cleanup.neverLoggedIn().include());
        neverLoggedIn.put("createdMoreThanDays", cleanup.neverLoggedIn().createdMoreThanDays());
        json.put("neverLoggedIn", neverLoggedIn);
        json.put("excludeGroups", cleanup.excludeGroups());
        json.put("excludeUsers", cleanup.excludeUsers());
        json.put("action", cleanup.action().name());
        json.put("idpId", cleanup.idpId());
        if (cleanup.schedule() == null) {
            json.put("schedule", null);
        } else {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("cron", cleanup.schedule().cron());
            schedule.put("timeZone", cleanup.schedule().timeZone());
            json.put("schedule", schedule);
        }
        json.put("nextRunAt", nextRunAt == null ? null : nextRunAt.toString());
        json.put("savedBy", cleanup.savedBy());
        return json;
    }
}
