package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.HttpClientForTests;

/** Waits, through the REST API as the dev host's administrator, for runs that execute in the background. */
final class RunPolling {
    private static final String API = "/rest/user-cleanup/1.0";

    private RunPolling() {
    }

    /** The run once it is no longer {@code RUNNING}; fails the test after 30 seconds. */
    static JsonNode awaitEnd(HttpClientForTests http, long runId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode run = http.get(API + "/runs/" + runId, "admin").json();
            if (!run.get("status").asText().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish in 30 seconds");
    }

    /** The cleanup's first scheduled run to have ended; fails the test after 60 seconds. */
    static JsonNode awaitFinishedScheduledRun(HttpClientForTests http, long cleanupId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            for (JsonNode run : http.get(API + "/cleanups/" + cleanupId + "/runs", "admin").json()) {
                if (run.get("trigger").asText().equals("SCHEDULED") && !run.get("status").asText().equals("RUNNING")) {
                    return run;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no scheduled run of cleanup " + cleanupId + " finished within 60 seconds");
    }

    /**
     * A cron expression (UTC) that fires once, a few seconds from now: a schedule that fires
     * every few seconds is refused by the minimum interval between runs.
     */
    static String cronOnceSoon() {
        java.time.ZonedDateTime at = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3);
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " "
                + at.getMonthValue() + " ? " + at.getYear();
    }
}
