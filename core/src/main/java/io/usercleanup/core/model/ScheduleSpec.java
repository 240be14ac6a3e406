package io.usercleanup.core.model;

import java.util.Objects;

/**
 * When a cleanup runs by itself.
 *
 * @param cron     a Quartz cron expression, as Atlassian Scheduler takes them
 * @param timeZone a time zone id such as {@code UTC} or {@code Europe/Oslo}
 */
public record ScheduleSpec(String cron, String timeZone) {
    public ScheduleSpec {
        Objects.requireNonNull(cron, "cron");
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
    }
}
