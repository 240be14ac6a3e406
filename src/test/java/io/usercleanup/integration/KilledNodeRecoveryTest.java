package io.usercleanup.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHost;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dev host killed with SIGKILL in the middle of a run, over an H2 file database: once it is
 * started again, the run is reported {@code ABANDONED} after the (short) lease timeout, with what
 * it had recorded, and its cleanup runs again.
 */
class KilledNodeRecoveryTest {
    private static final String API = "/rest/user-cleanup/1.0";
    private static final int USERS = 1200;
    private static final Pattern STARTED = Pattern.compile("User Cleanup dev host: (http://localhost:\\d+/jira)");

    @TempDir
    Path dir;

    @Test
    void killedMidRun_isAbandonedAfterRestart_andTheCleanupRunsAgain() throws Exception {
        // given: a dev host whose removals take a few milliseconds each, running a cleanup of 1200 users
        Path fixture = fixture();
        // Commits reach the file at once, as on a production database; H2 would otherwise write
        // them up to a second later and lose them to the kill.
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        Process first = start(fixture, db, "first.log");
        long runId;
        try {
            HttpClientForTests http = new HttpClientForTests(awaitStarted(first, "first.log"));
            long cleanupId = http.post(API + "/cleanups", "admin", "{\"name\":\"Local cleanup\","
                    + "\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,\"action\":\"REMOVE_FROM_GROUPS\"}")
                    .json().get("id").asLong();
            JsonNode started = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}").json();
            runId = started.get("id").asLong();

            // when: killed once the first batch of 500 is recorded, in the middle of the second
            poll(http, runId, run -> run.get("counts").get("removed").asLong() >= 500, "the first batch");
            pollUsers(http, runId, total -> total > 500, "the second batch's planned changes");
            first.destroyForcibly().waitFor();
        } finally {
            first.destroyForcibly();
        }

        Process second = start(fixture, db, "second.log");
        try {
            HttpClientForTests http = new HttpClientForTests(awaitStarted(second, "second.log"));

            // then: recovery marks the run abandoned, keeping what it recorded
            JsonNode run = poll(http, runId, r -> r.get("status").asText().equals("ABANDONED"), "recovery");
            assertThat(run.get("message").asText()).startsWith("Abandoned: node node-a stopped renewing the run's lease");
            assertThat(run.get("finishedAt").isNull()).isFalse();
            long removed = run.get("counts").get("removed").asLong();
            assertThat(removed).isBetween(500L, (long) USERS - 1);
            JsonNode users = http.get(API + "/runs/" + runId + "/users?limit=1000", "admin").json();
            assertThat(users.get("total").asLong()).isGreaterThan(removed);
            long failed = run.get("counts").get("failed").asLong();
            assertThat(removed + failed).isEqualTo(users.get("total").asLong());

            // and: the cleanup runs again, to the end
            long cleanupId = run.get("cleanupId").asLong();
            JsonNode again = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}").json();
            JsonNode finished = poll(http, again.get("id").asLong(),
                    r -> !r.get("status").asText().equals("RUNNING"), "the second run");
            assertThat(finished.get("status").asText()).isEqualTo("SUCCEEDED");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Path fixture() throws IOException {
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < USERS; i++) {
            users.append(i == 0 ? "" : ",").append(String.format("{\"username\":\"user%04d\",\"email\":\"user%04d@example.com\","
                    + "\"directoryId\":1,\"created\":\"2019-01-01T00:00:00Z\",\"lastLogin\":\"2020-01-01T00:00:00Z\","
                    + "\"groups\":[\"jira-local-users\"]}", i, i));
        }
        Path fixture = dir.resolve("directory.json");
        Files.writeString(fixture, "{\"directories\":[{\"id\":1,\"name\":\"Jira Internal Directory\",\"type\":\"INTERNAL\","
                + "\"readOnly\":false}],\"groups\":[{\"name\":\"jira-local-users\",\"directoryId\":1}],"
                + "\"applications\":[],\"users\":[" + users + "]}");
        return fixture;
    }

    /** The dev host in a JVM of its own, with the test's class path, as {@code mvn -Pdevhost} would start it. */
    private Process start(Path fixture, String db, String log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Ddevhost.port=0");
        command.add("-Ddevhost.directory=" + fixture);
        command.add("-Ddevhost.db=" + db);
        command.add("-Ddevhost.node=node-a");
        command.add("-Ddevhost.leaseTimeout=PT3S");
        command.add("-Ddevhost.changeDelay=PT0.004S");
        command.add(DevHost.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private String awaitStarted(Process process, String log) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Matcher m = STARTED.matcher(Files.readString(dir.resolve(log)));
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The dev host did not start:\n" + Files.readString(dir.resolve(log)));
    }

    private static void pollUsers(HttpClientForTests http, long runId, Predicate<Long> done, String what)
            throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (done.test(http.get(API + "/runs/" + runId + "/users?limit=1", "admin").json().get("total").asLong())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waiting for " + what + " of run " + runId + " timed out");
    }

    private static JsonNode poll(HttpClientForTests http, long runId, Predicate<JsonNode> done, String what)
            throws InterruptedException {
        JsonNode run = null;
        for (int i = 0; i < 1200; i++) {
            run = http.get(API + "/runs/" + runId, "admin").json();
            if (done.test(run)) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waiting for " + what + " of run " + runId + " timed out; last seen: " + run);
    }
}
