package io.usercleanup.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.core.store.RunLeaseStore;
import io.usercleanup.devhost.DevHostServer;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.DevHostSettings;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app stopped on a node (as when it is disabled or the application shuts down) in the middle
 * of a run: the run stops before its next change and records its end, and gives its cleanup's
 * lease back, so that nothing of it is left going on; started again, the node finds nothing to
 * recover and the cleanup runs again at once. On the test run's product
 * ({@link DevHostExtension#testProduct()}).
 */
class PluginStopTest {
    private static final String API = "/rest/user-cleanup/1.0";
    private static final int USERS = 1200;
    private static final DevHostProduct PRODUCT = DevHostExtension.testProduct();

    @TempDir
    Path dir;

    @Test
    void stoppingMidRun_endsTheRunAndFreesItsCleanup() throws Exception {
        // given: a run of 1200 removals of a few milliseconds each, past its first batch of 500
        Path fixture = fixture();
        DevHostSettings settings = new DevHostSettings(0, fixture, null,
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "node-a", null, Duration.ofMillis(4)).withProduct(PRODUCT);
        long cleanupId;
        long runId;
        long stopMillis;
        DevHostServer first = DevHostServer.start(settings);
        boolean stopped = false;
        try {
            HttpClientForTests http = new HttpClientForTests(first.baseUrl());
            cleanupId = http.post(API + "/cleanups", "admin", "{\"name\":\"Local cleanup\","
                    + "\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,\"action\":\"REMOVE_FROM_GROUPS\"}")
                    .json().get("id").asLong();
            runId = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}").json()
                    .get("id").asLong();
            poll(http, runId, run -> run.get("counts").get("removed").asLong() >= 500, "the first batch");

            // when: the app stops on the node
            long stopping = System.nanoTime();
            first.close();
            stopped = true;
            stopMillis = Duration.ofNanos(System.nanoTime() - stopping).toMillis();
        } finally {
            if (!stopped) {
                first.close();
            }
        }

        // then: it stopped the run without waiting for it to finish (700 more removals take about 3 seconds)
        assertThat(stopMillis).isLessThan(Duration.ofSeconds(30).toMillis());
        try (DevHostServer second = DevHostServer.start(settings)) {
            assertThat(second.plugin().bean(RunLeaseStore.class).findAll()).as("leases left behind").isEmpty();
            HttpClientForTests http = new HttpClientForTests(second.baseUrl());
            JsonNode run = http.get(API + "/runs/" + runId, "admin").json();
            assertThat(run.get("status").asText()).isEqualTo("FAILED");
            assertThat(run.get("message").asText()).isEqualTo("User Cleanup was stopped on node node-a (disabled,"
                    + " updated or the application shut down) while this run was going on; the run stopped before"
                    + " its next change.");
            long removed = run.get("counts").get("removed").asLong();
            assertThat(removed).isBetween(500L, (long) USERS - 1);
            long recorded = http.get(API + "/runs/" + runId + "/users?limit=1", "admin").json().get("total").asLong();
            assertThat(removed + run.get("counts").get("failed").asLong()).isEqualTo(recorded);

            // and: the cleanup runs again at once, to the end
            HttpClientForTests.Answer again = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin",
                    "{\"dryRun\":false}");
            assertThat(again.status()).as(again.text()).isEqualTo(202);
            JsonNode finished = poll(http, again.json().get("id").asLong(),
                    r -> !r.get("status").asText().equals("RUNNING"), "the second run");
            assertThat(finished.get("status").asText()).isEqualTo("SUCCEEDED");
        }
    }

    private Path fixture() throws IOException {
        return LocalGroupFixture.write(dir, USERS, PRODUCT);
    }

    private static JsonNode poll(HttpClientForTests http, long runId, Predicate<JsonNode> done, String what)
            throws InterruptedException {
        JsonNode run = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            run = http.get(API + "/runs/" + runId, "admin").json();
            if (done.test(run)) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waiting for " + what + " of run " + runId + " timed out; last seen: " + run);
    }
}
