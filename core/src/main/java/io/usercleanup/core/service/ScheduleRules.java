package io.usercleanup.core.service;

import io.usercleanup.core.model.ScheduleSpec;

import java.time.Duration;
import java.time.Instant;

/**
 * What a valid cron expression must also do to be saved: fire at all, and never twice within
 * the minimum interval. Both are judged on the times the expression really fires in its time
 * zone (so daylight saving shifts and irregular lists of hours count), not on its text.
 */
final class ScheduleRules {
    /** How far ahead the firing times are looked at: a year and a bit, so every DST change is in it. */
    static final Duration HORIZON = Duration.ofDays(400);
    /**
     * At most this many firing times are looked at. A schedule that passes the usual minimum
     * (an hour) fires fewer than this within the horizon; with a smaller minimum the check ends
     * here and stays bounded in time.
     */
    static final int MAX_FIRINGS = 10_000;

    private ScheduleRules() {
    }

    /** Why the schedule may not be saved, or {@code null} when it may. */
    static String problem(ScheduleCalculator schedules, ScheduleSpec spec, Instant now, Duration minimum) {
        Instant first = schedules.nextRunAfter(spec, now);
        if (first == null) {
            return "'" + spec.cron() + "' never fires after " + now + " in " + spec.timeZone()
                    + "; a schedule must run at least once (check the day of the month, the month and the year).";
        }
        Instant end = now.plus(HORIZON);
        Instant previous = first;
        for (int i = 1; i < MAX_FIRINGS && previous.isBefore(end); i++) {
            Instant next = schedules.nextRunAfter(spec, previous);
            if (next == null) {
                return null;
            }
            Duration gap = Duration.between(previous, next);
            if (gap.compareTo(minimum) < 0) {
                return "'" + spec.cron() + "' fires at " + previous + " and again " + describe(gap) + " later ("
                        + spec.timeZone() + "); runs must be at least " + describe(minimum)
                        + " apart (the setting minimumScheduleIntervalMinutes).";
            }
            previous = next;
        }
        return null;
    }

    /** Such as {@code 1 second}, {@code 15 minutes} or {@code 2 hours}. */
    static String describe(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
