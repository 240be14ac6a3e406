package io.usercleanup.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHost;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dev host killed with SIGKILL in the middle of a run, over an H2 file database. Started again
 * as the same node, with the standard lease timeout of five minutes, it marks the run
 * {@code ABANDONED} as it starts, with what the run had recorded, and the cleanup runs again.
 * Started as another node, the run waits for the (here shortened) lease timeout.
 * <p>
 * On the test run's product ({@link DevHostExtension#testProduct()}): the node's name reaches the
 * plugin through the product's own node identity (Jira's {@code ClusterManager.getNodeId()},
 * Confluence's {@code ClusterNodeInformation.getAnonymizedNodeIdentifier()}).
 */
class KilledNodeRecoveryTest {
    private static final String API = "/rest/user-cleanup/1.0";
    private static final int USERS = 1200;
    private static final DevHostProduct PRODUCT = DevHostExtension.testProduct();
    private static final Pattern STARTED = Pattern.compile("User Cleanup dev host: (http://localhost:\\d+"
            + PRODUCT.contextPath() + ")");
    /** The bound the restarted node keeps, although the lease timeout is five minutes. */
    private static final Duration ABANDONED_WITHIN = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void killedMidRun_isAbandonedAsTheSameNodeStartsAgain_withTheStandardLeaseTimeout() throws Exception {
        // given: node-a, with the plugin's own lease timings, killed in the middle of a run
        Path fixture = fixture();
        String db = database();
        long runId = killMidRun(fixture, db, "node-a", null);

        // when: node-a starts again on the same database
        Process second = start(fixture, db, "second.log", "node-a", null);
        try {
            HttpClientForTests http = new HttpClientForTests(awaitStarted(second, "second.log"));
            long ready = System.nanoTime();

            // then: the run is abandoned within the bound, far below the lease timeout
            JsonNode run = poll(http, runId, r -> r.get("status").asText().equals("ABANDONED"), "recovery at start",
                    ABANDONED_WITHIN);
            assertThat(Duration.ofNanos(System.nanoTime() - ready)).isLessThan(ABANDONED_WITHIN);
            assertThat(run.get("message").asText()).startsWith("Abandoned: node node-a started again at ");
            assertRecordedWhatItHadDone(http, run);
            // and: the cleanup runs again, to the end
            assertRunsAgain(http, run.get("cleanupId").asLong());
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void killedMidRun_isAbandonedByAnotherNode_afterTheLeaseTimeout() throws Exception {
        // given: node-a, with a lease timeout of 3 seconds, killed in the middle of a run
        Path fixture = fixture();
        String db = database();
        long runId = killMidRun(fixture, db, "node-a", "PT3S");

        // when: another node starts on the same database
        Process second = start(fixture, db, "second.log", "node-b", "PT3S");
        try {
            HttpClientForTests http = new HttpClientForTests(awaitStarted(second, "second.log"));

            // then: recovery marks the run abandoned once its lease is stale, keeping what it recorded
            JsonNode run = poll(http, runId, r -> r.get("status").asText().equals("ABANDONED"), "recovery",
                    Duration.ofMinutes(2));
            assertThat(run.get("message").asText()).startsWith("Abandoned: node node-a stopped renewing the run's lease");
            assertRecordedWhatItHadDone(http, run);
            assertRunsAgain(http, run.get("cleanupId").asLong());
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    /** Commits reach the file at once, as on a production database; H2 would otherwise write them up to a second later and lose them to the kill. */
    private String database() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** Starts a run of 1200 removals of a few milliseconds each, and kills the node once the first batch of 500 is recorded, in the middle of the second. */
    private long killMidRun(Path fixture, String db, String node, String leaseTimeout) throws Exception {
        Process first = start(fixture, db, "first.log", node, leaseTimeout);
        try {
            HttpClientForTests http = new HttpClientForTests(awaitStarted(first, "first.log"));
            long cleanupId = http.post(API + "/cleanups", "admin", "{\"name\":\"Local cleanup\","
                    + "\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,\"action\":\"REMOVE_FROM_GROUPS\"}")
                    .json().get("id").asLong();
            long runId = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}").json()
                    .get("id").asLong();
            poll(http, runId, run -> run.get("counts").get("removed").asLong() >= 500, "the first batch",
                    Duration.ofMinutes(2));
            pollUsers(http, runId, total -> total > 500, "the second batch's planned changes");
            // Under load the count was seen to show the planned rows before they were durable on H2
            // (read committed); the batch's 500 removals take two seconds, so a short wait still kills mid-batch.
            Thread.sleep(300);
            first.destroyForcibly().waitFor();
            return runId;
        } finally {
            first.destroyForcibly();
        }
    }

    /** What the run recorded stays: the first batch as done, the unconfirmed rest of the second as failed. */
    private static void assertRecordedWhatItHadDone(HttpClientForTests http, JsonNode run) {
        assertThat(run.get("finishedAt").isNull()).isFalse();
        long removed = run.get("counts").get("removed").asLong();
        assertThat(removed).isBetween(500L, (long) USERS - 1);
        JsonNode users = http.get(API + "/runs/" + run.get("id").asLong() + "/users?limit=1000", "admin").json();
        assertThat(users.get("total").asLong()).isGreaterThan(removed);
        long failed = run.get("counts").get("failed").asLong();
        assertThat(failed).isPositive();
        assertThat(removed + failed).isEqualTo(users.get("total").asLong());
    }

    private static void assertRunsAgain(HttpClientForTests http, long cleanupId) throws InterruptedException {
        HttpClientForTests.Answer again = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin",
                "{\"dryRun\":false}");
        assertThat(again.status()).as(again.text()).isEqualTo(202);
        JsonNode finished = poll(http, again.json().get("id").asLong(),
                r -> !r.get("status").asText().equals("RUNNING"), "the second run", Duration.ofMinutes(2));
        assertThat(finished.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    private Path fixture() throws IOException {
        return LocalGroupFixture.write(dir, USERS, PRODUCT);
    }

    /** The dev host in a JVM of its own, with the test's class path, as {@code mvn -Pdevhost} would start it. */
    private Process start(Path fixture, String db, String log, String node, String leaseTimeout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Ddevhost.product=" + PRODUCT.key());
        command.add("-Ddevhost.port=0");
        command.add("-Ddevhost.directory=" + fixture);
        command.add("-Ddevhost.db=" + db);
        command.add("-Ddevhost.node=" + node);
        if (leaseTimeout != null) {
            command.add("-Ddevhost.leaseTimeout=" + leaseTimeout);
        }
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

    private static JsonNode poll(HttpClientForTests http, long runId, Predicate<JsonNode> done, String what,
                                 Duration timeout) throws InterruptedException {
        JsonNode run = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            run = http.get(API + "/runs/" + runId, "admin").json();
            if (done.test(run)) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waiting for " + what + " of run " + runId + " timed out; last seen: " + run);
    }
}
