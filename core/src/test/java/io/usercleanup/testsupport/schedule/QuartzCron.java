package io.usercleanup.testsupport.schedule;

import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

/**
 * Cron expressions as Atlassian Scheduler reads them: Quartz syntax (seconds first, {@code ?}
 * for "no specific value"), evaluated in a time zone.
 */
public final class QuartzCron {
    private QuartzCron() {
    }

    /** Why the expression is invalid, in Quartz's words, or {@code null}. */
    public static String problem(String cron) {
        try {
            CronExpression.validateExpression(cron);
            return null;
        } catch (ParseException e) {
            return e.getMessage();
        }
    }

    /** The first fire time strictly after the instant, or {@code null} when it never fires again. */
    public static Instant nextAfter(String cron, String timeZone, Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(timeZone));
            Date next = expression.getNextValidTimeAfter(Date.from(after));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid cron expression '" + cron + "': " + e.getMessage(), e);
        }
    }
}
