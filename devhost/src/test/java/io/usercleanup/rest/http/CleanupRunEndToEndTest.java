package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey over HTTP against the dev host and a directory fixture: an Entra ID
 * configuration, a cleanup, a dry run, a real run, the per-user outcomes, the directory's rows
 * afterwards, the Entra files in both templates and the ZIP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanupRunEndToEndTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String API = "/rest/user-cleanup/1.0";
    private static final String HEADER = "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\n";
    private static final String COUNTS = "{\"evaluated\":8,\"inactive\":5,\"excluded\":1,\"skipped\":1,\"removed\":2,"
            + "\"deactivated\":0,\"exported\":3,\"noIdentifier\":1,\"failed\":1,\"reported\":0}";

    private static long idpId;
    private static long cleanupId;
    private static long dryRunId;
    private static long realRunId;

    private static HttpClientForTests http() {
        return HOST.client();
    }

    private static List<String> directGroups(String username) throws SQLException {
        try (Connection c = DriverManager.getConnection(HOST.dbUrl());
             PreparedStatement s = c.prepareStatement("SELECT parent_name FROM cwd_membership "
                     + "WHERE lower_child_name = ? AND membership_type = 'GROUP_USER' ORDER BY lower_parent_name")) {
            s.setString(1, username);
            List<String> groups = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    groups.add(r.getString(1));
                }
            }
            return groups;
        }
    }

    private static Map<String, List<String>> memberships() throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String user : List.of("alice", "bob", "carol", "dave", "erin", "frank", "svc-bot", "lee")) {
            all.put(user, directGroups(user));
        }
        return all;
    }

    private static final Map<String, List<String>> FIXTURE_MEMBERSHIPS = Map.of(
            "alice", List.of("jira-servicedesk-agents", "jira-software-users"),
            "bob", List.of("jira-local-users", "jira-software-users"),
            "carol", List.of("jira-software-users"),
            "dave", List.of("jira-software-users"),
            "erin", List.of("jira-local-users"),
            "frank", List.of("jira-local-users"),
            "svc-bot", List.of("jira-local-users", "service-accounts"),
            "lee", List.of("ldap-users"));

    @Test
    @Order(1)
    void configure_anEntraIdpAndACleanup() {
        Answer idp = http().post(API + "/idps", "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\","
                + "\"provisioningEnabled\":true,\"directoryIds\":[10000],\"identifier\":\"EMAIL\",\"csvTemplate\":\"CURRENT\"}");
        idpId = idp.json().get("id").asLong();
        Answer cleanup = http().post(API + "/cleanups", "admin", "{\"name\":\"Entra licence cleanup\","
                + "\"groups\":[\"ldap-users\"],\"applications\":" + HOST.applicationsJson("jira-software", "jira-servicedesk") + ","
                + "\"inactiveDays\":90,\"neverLoggedIn\":{\"include\":true,\"createdMoreThanDays\":30},"
                + "\"excludeGroups\":[\"service-accounts\"],\"excludeUsers\":[\"admin\"],"
                + "\"action\":\"REMOVE_FROM_GROUPS\",\"idpId\":" + idpId + "}");
        cleanupId = cleanup.json().get("id").asLong();

        assertThat(idp.status()).isEqualTo(201);
        assertThat(cleanup.status()).isEqualTo(201);
    }

    @Test
    @Order(2)
    void dryRun_decidesEverything_andChangesNothing() throws Exception {
        Answer started = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":true}");
        assertThat(started.status()).isEqualTo(202);
        dryRunId = started.json().get("id").asLong();

        JsonNode run = RunPolling.awaitEnd(http(), dryRunId);

        assertThat(run.get("status").asText()).isEqualTo("PARTIAL");
        assertThat(run.get("dryRun").asBoolean()).isTrue();
        assertThat(run.get("trigger").asText()).isEqualTo("MANUAL");
        assertThat(run.get("triggeredBy").asText()).isEqualTo("admin");
        assertThat(run.get("startedAt").asText()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(run.get("counts").toString()).isEqualTo(COUNTS);
        assertThat(memberships()).isEqualTo(FIXTURE_MEMBERSHIPS);
        JsonNode users = http().get(API + "/runs/" + dryRunId + "/users", "admin").json();
        assertThat(users.get("users").get(1).toString()).isEqualTo("{\"username\":\"bob\",\"displayName\":\"Bob Local\","
                + "\"email\":\"Bob@Example.com\",\"directoryId\":1,\"lastLogin\":\"2025-01-15T10:00:00Z\",\"outcomes\":["
                + "{\"group\":\"jira-local-users\",\"outcome\":\"WOULD_REMOVE\",\"reason\":null,\"identifier\":null,\"pending\":false},"
                + "{\"group\":\"jira-software-users\",\"outcome\":\"EXPORTED\",\"reason\":null,\"identifier\":\"Bob@Example.com\",\"pending\":false}],"
                + "\"deactivated\":false}");
    }

    @Test
    @Order(3)
    void realRun_removesLocalMemberships_andRecordsEachOutcome() throws Exception {
        realRunId = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}")
                .json().get("id").asLong();

        JsonNode run = RunPolling.awaitEnd(http(), realRunId);

        assertThat(run.get("status").asText()).isEqualTo("PARTIAL");
        assertThat(run.get("counts").toString()).isEqualTo(COUNTS);
        Map<String, List<String>> expected = new LinkedHashMap<>(FIXTURE_MEMBERSHIPS);
        expected.put("bob", List.of("jira-software-users"));
        expected.put("erin", List.of());
        assertThat(memberships()).isEqualTo(expected);

        JsonNode page = http().get(API + "/runs/" + realRunId + "/users?start=0&limit=100", "admin").json();
        assertThat(page.get("total").asLong()).isEqualTo(5);
        List<String> lines = new ArrayList<>();
        for (JsonNode user : page.get("users")) {
            for (JsonNode o : user.get("outcomes")) {
                lines.add(user.get("username").asText() + " " + o.get("group").asText() + " "
                        + o.get("outcome").asText() + (o.get("reason").isNull() ? "" : " (" + o.get("reason").asText() + ")"));
            }
        }
        assertThat(lines).containsExactly(
                "alice jira-servicedesk-agents EXPORTED",
                "alice jira-software-users EXPORTED",
                "bob jira-local-users REMOVED",
                "bob jira-software-users EXPORTED",
                "carol jira-software-users NO_IDENTIFIER (no email address)",
                "erin jira-local-users REMOVED",
                "lee ldap-users FAILED (the directory 'Corporate LDAP' of group 'ldap-users' is read-only)");
    }

    @Test
    @Order(4)
    void history_isNewestFirst_andPagesWork() {
        JsonNode history = http().get(API + "/cleanups/" + cleanupId + "/runs", "admin").json();
        JsonNode page = http().get(API + "/runs/" + realRunId + "/users?start=1&limit=2", "admin").json();

        assertThat(history).extracting(r -> r.get("id").asLong()).containsExactly(realRunId, dryRunId);
        assertThat(page.get("users")).extracting(u -> u.get("username").asText()).containsExactly("bob", "carol");
        assertThat(page.get("start").asLong()).isEqualTo(1);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(http().get(API + "/runs/" + realRunId + "/users?limit=0", "admin").status()).isEqualTo(400);
        assertThat(http().get(API + "/runs/" + realRunId + "/users?limit=1001", "admin").status()).isEqualTo(400);
        assertThat(http().get(API + "/runs/" + realRunId + "/users?start=-1", "admin").status()).isEqualTo(400);
        assertThat(http().get(API + "/runs/99999", "admin").status()).isEqualTo(404);
        assertThat(http().get(API + "/runs/99999/users", "admin").status()).isEqualTo(404);
    }

    private static List<String> usernames(String query) {
        List<String> names = new ArrayList<>();
        http().get(API + "/runs/" + realRunId + "/users?" + query, "admin").json().get("users")
                .forEach(u -> names.add(u.get("username").asText()));
        return names;
    }

    @Test
    @Order(4)
    void users_areSearchedFilteredSortedAndPagedByTheServer_andBadParametersAre400NamingThem() {
        JsonNode exported = http().get(API + "/runs/" + realRunId + "/users?outcome=EXPORTED", "admin").json();
        JsonNode second = http().get(API + "/runs/" + realRunId + "/users?outcome=EXPORTED&outcome=FAILED&start=1&limit=1",
                "admin").json();

        // alice has two exported outcomes and is listed, and counted, once
        assertThat(exported.get("users")).extracting(u -> u.get("username").asText()).containsExactly("alice", "bob");
        assertThat(exported.get("total").asLong()).isEqualTo(2);
        assertThat(second.get("users")).extracting(u -> u.get("username").asText()).containsExactly("bob");
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(usernames("outcome=REMOVED&group=JIRA-LOCAL-USERS")).containsExactly("bob", "erin");
        assertThat(usernames("outcome=REMOVED&group=jira-software-users")).isEmpty();
        assertThat(usernames("q=ERIN")).containsExactly("erin");
        assertThat(usernames("q=example.com&sort=email&order=desc")).containsExactly("lee", "erin", "bob", "alice");
        assertThat(usernames("sort=username&order=desc&limit=2")).containsExactly("lee", "erin");
        for (String bad : List.of("outcome=GONE", "sort=size", "order=up", "q=%07", "group=a%00", "sort=email&sort=username")) {
            Answer answer = http().get(API + "/runs/" + realRunId + "/users?" + bad, "admin");
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(bad)
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(http().get(API + "/runs/99999/users?outcome=FAILED", "admin").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void groups_areTheRunsTargetGroupsWithOutcomes() {
        Answer groups = http().get(API + "/runs/" + realRunId + "/groups", "admin");

        assertThat(groups.status()).isEqualTo(200);
        assertThat(groups.json()).extracting(JsonNode::asText).containsExactly("jira-local-users",
                "jira-servicedesk-agents", "jira-software-users", "ldap-users");
        assertThat(http().get(API + "/runs/99999/groups", "admin").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void entraFiles_inTheCurrentTemplate_withTheirHeaders() {
        JsonNode run = http().get(API + "/runs/" + realRunId, "admin").json();
        Answer file = http().get(API + "/runs/" + realRunId + "/idp-exports/jira-software-users", "admin");
        Answer other = http().get(run.get("idpExports").get(0).get("href").asText().substring(HOST.contextPath().length()), "admin");

        assertThat(run.get("idpExports").toString()).isEqualTo("[{\"idpId\":" + idpId
                + ",\"group\":\"jira-servicedesk-agents\",\"rows\":1,\"href\":\"" + HOST.contextPath() + API + "/runs/" + realRunId
                + "/idp-exports/jira-servicedesk-agents\"},{\"idpId\":" + idpId + ",\"group\":\"jira-software-users\","
                + "\"rows\":2,\"href\":\"" + HOST.contextPath() + API + "/runs/" + realRunId + "/idp-exports/jira-software-users\"}]");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType().replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"jira-software-users.csv\"");
        assertThat(file.body()).isEqualTo((HEADER + "alice@example.com\r\nBob@Example.com\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(other.body()).isEqualTo((HEADER + "alice@example.com\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(6)
    void zip_holdsEveryFileOfTheRun() throws IOException {
        Answer zip = http().get(API + "/runs/" + realRunId + "/idp-exports.zip", "admin");

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).startsWith("application/zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly(
                Map.entry("jira-servicedesk-agents.csv", HEADER + "alice@example.com\r\n"),
                Map.entry("jira-software-users.csv", HEADER + "alice@example.com\r\nBob@Example.com\r\n"));
    }

    @Test
    @Order(7)
    void legacyTemplate_appliesToNewRuns_whileRecordedRunsKeepTheirs() throws Exception {
        http().put(API + "/idps/" + idpId, "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\","
                + "\"directoryIds\":[10000],\"csvTemplate\":\"LEGACY_V1\"}");
        long legacyRunId = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":true}")
                .json().get("id").asLong();
        RunPolling.awaitEnd(http(), legacyRunId);

        Answer legacy = http().get(API + "/runs/" + legacyRunId + "/idp-exports/jira-software-users", "admin");
        Answer recorded = http().get(API + "/runs/" + realRunId + "/idp-exports/jira-software-users", "admin");

        assertThat(legacy.text()).isEqualTo("version:v1.0\r\n" + HEADER + "alice@example.com\r\nBob@Example.com\r\n");
        assertThat(recorded.text()).isEqualTo(HEADER + "alice@example.com\r\nBob@Example.com\r\n");
    }

    @Test
    @Order(8)
    void report_isTheFullRecord_asCsv() {
        Answer report = http().get(API + "/runs/" + realRunId + "/export.csv", "admin");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/csv");
        assertThat(report.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"user-cleanup-run-" + realRunId + ".csv\"");
        assertThat(report.text().split("\r\n")).containsExactly(
                "Username,Display name,Email,Directory ID,Last login,Group,Outcome,Reason,Identifier,Deactivated",
                "alice,Alice Example,alice@example.com,10000,2025-02-01T09:30:00Z,jira-servicedesk-agents,EXPORTED,,alice@example.com,false",
                "alice,Alice Example,alice@example.com,10000,2025-02-01T09:30:00Z,jira-software-users,EXPORTED,,alice@example.com,false",
                "bob,Bob Local,Bob@Example.com,1,2025-01-15T10:00:00Z,jira-local-users,REMOVED,,,false",
                "bob,Bob Local,Bob@Example.com,1,2025-01-15T10:00:00Z,jira-software-users,EXPORTED,,Bob@Example.com,false",
                "carol,Carol No Mail,,10000,2024-12-01T10:00:00Z,jira-software-users,NO_IDENTIFIER,no email address,,false",
                "erin,Erin Never,erin@example.com,1,,jira-local-users,REMOVED,,,false",
                "lee,Lee Ldap,lee@example.com,20000,2024-01-01T08:00:00Z,ldap-users,FAILED,"
                        + "the directory 'Corporate LDAP' of group 'ldap-users' is read-only,,false");
    }

    @Test
    @Order(9)
    void missingFiles_are404() throws InterruptedException {
        long reportOnly = http().post(API + "/cleanups", "admin", "{\"name\":\"Report only\",\"groups\":[\"ldap-users\"],"
                + "\"inactiveDays\":90,\"action\":\"REPORT_ONLY\"}").json().get("id").asLong();
        long runId = http().post(API + "/cleanups/" + reportOnly + "/runs", "admin", "{\"dryRun\":false}")
                .json().get("id").asLong();
        // downloads of a run still going on are 409; under load the run may not have ended yet
        RunPolling.awaitEnd(http(), runId);

        assertThat(http().get(API + "/runs/" + realRunId + "/idp-exports/ldap-users", "admin").status()).isEqualTo(404);
        assertThat(http().get(API + "/runs/" + runId + "/idp-exports.zip", "admin").status()).isEqualTo(404);
        assertThat(http().get(API + "/runs/99999/export.csv", "admin").status()).isEqualTo(404);
        assertThat(http().get(API + "/runs/99999/idp-exports.zip", "admin").status()).isEqualTo(404);
    }

    @Test
    @Order(10)
    void secondRunWhileOneRuns_is409() throws Exception {
        HOST.server().gate().close();
        try {
            Answer first = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":true}");
            Answer second = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":false}");

            assertThat(first.status()).isEqualTo(202);
            assertThat(first.json().get("status").asText()).isEqualTo("RUNNING");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("errors").get(0).get("message").asText())
                    .isEqualTo("Cleanup " + cleanupId + " is running already; wait for that run to finish.");
            HOST.server().gate().open();
            assertThat(RunPolling.awaitEnd(http(), first.json().get("id").asLong()).get("status").asText())
                    .isEqualTo("PARTIAL");
        } finally {
            HOST.server().gate().open();
        }
        assertThat(http().get(API + "/cleanups/" + cleanupId + "/runs", "admin").json()).hasSize(4);
    }

    @Test
    @Order(11)
    void deletingTheCleanup_keepsItsHistoryReadable() {
        assertThat(http().delete(API + "/cleanups/" + cleanupId, "admin").status()).isEqualTo(204);

        assertThat(http().get(API + "/runs/" + realRunId, "admin").json().get("cleanupName").asText())
                .isEqualTo("Entra licence cleanup");
        assertThat(http().get(API + "/cleanups/" + cleanupId + "/runs", "admin").json()).hasSize(4);
        assertThat(http().get(API + "/runs/" + realRunId + "/idp-exports/jira-software-users", "admin").status())
                .isEqualTo(200);
    }
}
