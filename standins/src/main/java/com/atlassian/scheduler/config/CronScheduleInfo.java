// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (the API Jira 10 keeps),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.scheduler.config;

import java.util.TimeZone;

public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }
}
