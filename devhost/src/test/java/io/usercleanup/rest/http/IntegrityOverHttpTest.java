package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.DevHostServer;
import io.usercleanup.devhost.DevHostSettings;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP against the dev host: racing requests cannot store two definitions with one name,
 * downloads of a running run are refused, and the file link of every group name, however hostile,
 * resolves to that group's file after the URL normalisation clients apply.
 */
class IntegrityOverHttpTest {
    private static final String API = "/rest/user-cleanup/1.0";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Group names of the fixture, each synced from Entra ID with one inactive member. */
    private static final List<String> HOSTILE = List.of("..", ".", "a/b", "100%", "what?", "#hash", "back\\slash",
            "with space", "Ünïcødé 東京", "plus+sign", "semi;colon", "%2e%2E");

    private static DevHostServer server;
    private static HttpClientForTests http;

    @BeforeAll
    static void start() throws Exception {
        DevHostProduct product = DevHostExtension.testProduct();
        Path fixture = DevHostExtension.fixturePath("/fixtures/hostile-group-names.json", product);
        // Each local removal takes 150 ms, so a real run over the 40 local users is seen running for seconds.
        server = DevHostServer.start(new DevHostSettings(0, fixture, NOW,
                "jdbc:h2:mem:devhost-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null, Duration.ofMillis(150),
                product));
        http = new HttpClientForTests(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String cleanupJson(String name, List<String> groups, String action, Long idpId) {
        ObjectNode json = JSON.createObjectNode();
        json.put("name", name);
        json.putPOJO("groups", groups);
        json.put("inactiveDays", 90);
        json.put("action", action);
        if (idpId != null) {
            json.put("idpId", idpId);
        }
        return json.toString();
    }

    private static List<HttpClientForTests.Answer> race(int times, Callable<HttpClientForTests.Answer> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpClientForTests.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<HttpClientForTests.Answer> answers = new ArrayList<>();
            for (Future<HttpClientForTests.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneCreated(List<HttpClientForTests.Answer> answers) {
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        for (HttpClientForTests.Answer refused : answers.stream().filter(a -> a.status() != 201).toList()) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        }
    }

    @Test
    void twentyParallelCreatesOfOneName_storeOneCleanupAndOneIdp() throws Exception {
        String cleanup = cleanupJson("Raced cleanup", List.of("local-users"), "REPORT_ONLY", null);
        List<HttpClientForTests.Answer> cleanups = race(20, () -> http.post(API + "/cleanups", "admin", cleanup));
        List<HttpClientForTests.Answer> idps = race(20, () -> http.post(API + "/idps", "admin",
                "{\"name\":\"Raced IDP\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}"));

        assertOneCreated(cleanups);
        assertOneCreated(idps);
        long stored = 0;
        for (JsonNode one : http.get(API + "/cleanups", "admin").json()) {
            stored += one.get("name").asText().equals("Raced cleanup") ? 1 : 0;
        }
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void deletingAnIdpWhileCleanupsAreCreatedNamingIt_neverLeavesOneNamingAMissingIdp() throws Exception {
        for (int round = 0; round < 5; round++) {
            long idpId = http.post(API + "/idps", "admin", "{\"name\":\"Deleted " + round
                    + "\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}").json().get("id").asLong();
            int r = round;
            int[] n = {0};
            List<HttpClientForTests.Answer> answers = race(6, () -> {
                int mine;
                synchronized (n) {
                    mine = n[0]++;
                }
                return mine == 0 ? http.delete(API + "/idps/" + idpId, "admin")
                        : http.post(API + "/cleanups", "admin",
                        cleanupJson("Uses " + r + "-" + mine, List.of("local-users"), "REPORT_ONLY", idpId));
            });

            assertThat(answers).extracting(HttpClientForTests.Answer::status).allMatch(s -> List.of(201, 204, 400, 409)
                    .contains(s));
            boolean idpGone = http.get(API + "/idps/" + idpId, "admin").status() == 404;
            for (JsonNode cleanup : http.get(API + "/cleanups", "admin").json()) {
                if (idpGone) {
                    assertThat(cleanup.path("idpId").asLong(-1)).as(cleanup.toString()).isNotEqualTo(idpId);
                }
            }
            for (JsonNode cleanup : http.get(API + "/cleanups", "admin").json()) {
                if (cleanup.path("idpId").asLong(-1) == idpId) {
                    assertThat(http.delete(API + "/cleanups/" + cleanup.get("id").asLong(), "admin").status())
                            .isEqualTo(204);
                }
            }
        }
    }

    @Test
    void everyGroupsFileLink_resolvesToThatGroupsFile_afterNormalisation() throws Exception {
        long idpId = http.post(API + "/idps", "admin",
                "{\"name\":\"Entra for links\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}").json().get("id").asLong();
        long cleanupId = http.post(API + "/cleanups", "admin",
                cleanupJson("Hostile names", HOSTILE, "REMOVE_FROM_GROUPS", idpId)).json().get("id").asLong();
        long runId = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":true}")
                .json().get("id").asLong();
        JsonNode run = RunPolling.awaitEnd(http, runId);

        Map<String, String> hrefs = new HashMap<>();
        for (JsonNode file : run.get("idpExports")) {
            hrefs.put(file.get("group").asText(), file.get("href").asText());
        }
        assertThat(hrefs.keySet()).containsExactlyInAnyOrderElementsOf(HOSTILE);
        URI origin = URI.create(server.baseUrl());
        for (int i = 0; i < HOSTILE.size(); i++) {
            String group = HOSTILE.get(i);
            String href = hrefs.get(group);
            // As a browser or java.net.URL resolves a link: dot segments removed, nothing else changed.
            URI resolved = origin.resolve(href).normalize();
            URI viaUrl = new URL(origin.toURL(), href).toURI().normalize();
            assertThat(viaUrl).isEqualTo(resolved);

            HttpClientForTests.Answer file = http.send(authorised(resolved).GET().build());

            assertThat(file.status()).as(group + " at " + resolved + ": " + file.text()).isEqualTo(200);
            assertThat(file.text()).as(group).contains("synced" + i + "@example.com")
                    .doesNotContain("synced" + (i + 1) + "@example.com");
        }
        assertThat(http.get(API + "/runs/" + runId + "/idp-exports", "admin").status()).isEqualTo(400);
        assertThat(http.get(API + "/runs/" + runId + "/idp-exports/jira-nothing", "admin").status()).isEqualTo(404);
    }

    @Test
    void downloadsOfARunningRun_areRefusedWith409_untilItHasFinished() throws Exception {
        long idpId = http.post(API + "/idps", "admin",
                "{\"name\":\"Entra for slow run\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}").json().get("id").asLong();
        List<String> groups = new ArrayList<>(List.of("local-users"));
        groups.add("with space");
        long cleanupId = http.post(API + "/cleanups", "admin",
                cleanupJson("Slow run", groups, "REMOVE_FROM_GROUPS", idpId)).json().get("id").asLong();
        JsonNode started = http.post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}").json();
        long runId = started.get("id").asLong();
        assertThat(http.get(API + "/runs/" + runId, "admin").json().get("status").asText()).isEqualTo("RUNNING");

        for (String download : List.of("/export.csv", "/idp-exports/with%20space", "/idp-exports?group=with%20space",
                "/idp-exports.zip")) {
            HttpClientForTests.Answer refused = http.get(API + "/runs/" + runId + download, "admin");
            assertThat(refused.status()).as(download + ": " + refused.text()).isEqualTo(409);
            assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("still running");
        }
        JsonNode running = http.get(API + "/cleanups/" + cleanupId + "/runs", "admin").json().get(0);
        assertThat(running.get("idpExports")).isEmpty();

        JsonNode ended = RunPolling.awaitEnd(http, runId);
        assertThat(ended.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(http.get(API + "/runs/" + runId + "/export.csv", "admin").status()).isEqualTo(200);
        assertThat(http.get(API + "/runs/" + runId + "/idp-exports.zip", "admin").status()).isEqualTo(200);
        assertThat(ended.get("idpExports").get(0).get("rows").asLong()).isEqualTo(1);
    }

    private static HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes()));
    }
}
