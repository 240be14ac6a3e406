// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (the API Jira 10 keeps),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

public final class Schedule {
    public enum Type { CRON_EXPRESSION, INTERVAL }

    private final Type type;
    private final CronScheduleInfo cronScheduleInfo;
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(CronScheduleInfo cron, IntervalScheduleInfo interval) {
        this.type = cron != null ? Type.CRON_EXPRESSION : Type.INTERVAL;
        this.cronScheduleInfo = cron;
        this.intervalScheduleInfo = interval;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        if (cronExpression == null) {
            throw new IllegalArgumentException("cronExpression");
        }
        return new Schedule(new CronScheduleInfo(cronExpression, timeZone), null);
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(null, new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    public Type getType() {
        return type;
    }
}
