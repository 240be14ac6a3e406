package io.usercleanup.core.service;

import io.usercleanup.core.model.ScheduleSpec;

import java.time.Instant;

/**
 * Understands cron schedules the way the host's scheduler does, so a schedule is checked and its
 * next run times are shown exactly as they will fire.
 */
public interface ScheduleCalculator {

    /** Why the schedule cannot be used, in the scheduler's words, or {@code null} when it can. */
    String problem(ScheduleSpec schedule);

    /** The first time the schedule fires strictly after the instant, or {@code null} if never. */
    Instant nextRunAfter(ScheduleSpec schedule, Instant after);
}
