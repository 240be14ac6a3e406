package io.usercleanup.scheduler;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.Schedule;
import io.usercleanup.core.model.ScheduleSpec;
import io.usercleanup.core.service.ScheduleCalculator;
import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Checks schedules with the host's own scheduler, so an expression is refused with the reason
 * the scheduler would give; computes run times with Quartz's cron parser, whose syntax Atlassian
 * Scheduler takes, because the scheduler's API only tells the first run after now.
 */
public class SchedulerScheduleCalculator implements ScheduleCalculator {
    private final SchedulerService scheduler;

    public SchedulerScheduleCalculator(SchedulerService scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public String problem(ScheduleSpec schedule) {
        try {
            scheduler.calculateNextRunTime(toSchedule(schedule));
        } catch (SchedulerServiceException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        try {
            CronExpression.validateExpression(schedule.cron());
            return null;
        } catch (ParseException e) {
            return e.getMessage();
        }
    }

    @Override
    public Instant nextRunAfter(ScheduleSpec schedule, Instant after) {
        try {
            CronExpression expression = new CronExpression(schedule.cron());
            expression.setTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
            Date next = expression.getNextValidTimeAfter(Date.from(after));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid cron expression '" + schedule.cron() + "'", e);
        }
    }

    static Schedule toSchedule(ScheduleSpec schedule) {
        return Schedule.forCronExpression(schedule.cron(), TimeZone.getTimeZone(schedule.timeZone()));
    }
}
