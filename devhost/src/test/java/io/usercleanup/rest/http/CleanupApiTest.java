package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /cleanups} over HTTP: every success and every error of the contract. */
class CleanupApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    /** The fixture's Jira Software, or Confluence's one application on Confluence. */
    private static final String SOFTWARE = HOST.application("jira-software");
    private static final String API = "/rest/user-cleanup/1.0";
    private static final String CLEANUPS = API + "/cleanups";

    private static HttpClientForTests http;
    private static long idpId;

    @BeforeAll
    static void createIdp() {
        http = HOST.client();
        idpId = http.post(API + "/idps", "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}")
                .json().get("id").asLong();
    }

    @BeforeEach
    void deleteAll() {
        for (JsonNode cleanup : http.get(CLEANUPS, "admin").json()) {
            http.delete(CLEANUPS + "/" + cleanup.get("id").asLong(), "admin");
        }
    }

    private static String full(String name) {
        return "{\"name\":\"" + name + "\",\"enabled\":true,\"groups\":[\"jira-software-users\"],"
                + "\"applications\":[\"" + SOFTWARE + "\"],\"inactiveDays\":90,"
                + "\"neverLoggedIn\":{\"include\":true,\"createdMoreThanDays\":30},"
                + "\"excludeGroups\":[\"service-accounts\"],\"excludeUsers\":[\"admin\"],"
                + "\"action\":\"REMOVE_FROM_GROUPS\",\"idpId\":" + idpId + ","
                + "\"schedule\":{\"cron\":\"0 0 3 * * ?\",\"timeZone\":\"UTC\"}}";
    }

    private static String error(Answer answer) {
        JsonNode error = answer.json().get("errors").get(0);
        return (error.has("field") ? error.get("field").asText() : "-") + ": " + error.get("message").asText();
    }

    @Test
    void deletedCleanups_withRecordedRuns_areListed_andOnlyOnceDeleted() throws InterruptedException {
        long kept = http.post(CLEANUPS, "admin", full("kept")).json().get("id").asLong();
        long gone = http.post(CLEANUPS, "admin", full("gone")).json().get("id").asLong();
        long never = http.post(CLEANUPS, "admin", full("never run")).json().get("id").asLong();
        for (long id : new long[] {kept, gone}) {
            long run = http.post(CLEANUPS + "/" + id + "/runs", "admin", "{\"dryRun\":true}").json().get("id").asLong();
            RunPolling.awaitEnd(http, run);
        }
        http.delete(CLEANUPS + "/" + gone, "admin");
        http.delete(CLEANUPS + "/" + never, "admin");

        JsonNode deleted = http.get(CLEANUPS + "/deleted", "admin").json();
        List<Long> ids = new java.util.ArrayList<>();
        deleted.forEach(d -> ids.add(d.get("id").asLong()));
        assertThat(ids).contains(gone).doesNotContain(kept, never);
        JsonNode entry = deleted.get(ids.indexOf(gone));
        assertThat(entry.get("name").asText()).isEqualTo("gone");
        assertThat(entry.get("runs").asInt()).isEqualTo(1);
        assertThat(entry.get("lastRunAt").asText()).isNotEmpty();
        assertThat(http.get(CLEANUPS + "/" + gone + "/runs", "admin").json()).hasSize(1);
    }

    @Test
    void create_is201_withTheContractsFields_andTheNextRun() {
        Answer created = http.post(CLEANUPS, "admin", full("Entra licence cleanup"));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith(HOST.contextPath() + CLEANUPS + "/" + id);
        assertThat(created.text()).isEqualTo("{\"id\":" + id + ",\"name\":\"Entra licence cleanup\",\"enabled\":true,"
                + "\"groups\":[\"jira-software-users\"],\"applications\":[\"" + SOFTWARE + "\"],\"inactiveDays\":90,"
                + "\"neverLoggedIn\":{\"include\":true,\"createdMoreThanDays\":30},"
                + "\"excludeGroups\":[\"service-accounts\"],\"excludeUsers\":[\"admin\"],"
                + "\"action\":\"REMOVE_FROM_GROUPS\",\"idpId\":" + idpId + ","
                + "\"schedule\":{\"cron\":\"0 0 3 * * ?\",\"timeZone\":\"UTC\"},\"nextRunAt\":\"2026-11-24T03:00:00Z\","
                + "\"savedBy\":\"admin\"}");
        assertThat(http.get(CLEANUPS + "/" + id, "admin").json()).isEqualTo(created.json());
        assertThat(http.get(CLEANUPS, "admin").json()).containsExactly(created.json());
    }

    @Test
    void withoutScheduleOrDisabled_thereIsNoNextRun() {
        JsonNode unscheduled = http.post(CLEANUPS, "admin", "{\"name\":\"a\",\"groups\":[\"jira-local-users\"],"
                + "\"inactiveDays\":0,\"action\":\"REPORT_ONLY\"}").json();
        JsonNode disabled = http.post(CLEANUPS, "admin", "{\"name\":\"b\",\"enabled\":false,\"groups\":[\"jira-local-users\"],"
                + "\"inactiveDays\":3650,\"action\":\"DEACTIVATE\",\"schedule\":{\"cron\":\"0 0 3 * * ?\"}}").json();

        assertThat(unscheduled.get("nextRunAt").isNull()).isTrue();
        assertThat(unscheduled.get("schedule").isNull()).isTrue();
        assertThat(unscheduled.get("idpId").isNull()).isTrue();
        assertThat(disabled.get("nextRunAt").isNull()).isTrue();
        assertThat(disabled.get("schedule").get("timeZone").asText()).isEqualTo("UTC");
    }

    @Test
    void update_is200_delete_is204_andUnknownIdsAre404() {
        long id = http.post(CLEANUPS, "admin", full("a")).json().get("id").asLong();

        Answer updated = http.put(CLEANUPS + "/" + id, "admin", full("renamed").replace("\"inactiveDays\":90", "\"inactiveDays\":120"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("renamed");
        assertThat(updated.json().get("inactiveDays").asInt()).isEqualTo(120);
        assertThat(http.delete(CLEANUPS + "/" + id, "admin").status()).isEqualTo(204);
        assertThat(http.get(CLEANUPS + "/" + id, "admin").status()).isEqualTo(404);
        assertThat(http.put(CLEANUPS + "/" + id, "admin", full("x")).status()).isEqualTo(404);
        assertThat(http.delete(CLEANUPS + "/" + id, "admin").status()).isEqualTo(404);
        assertThat(http.post(CLEANUPS + "/" + id + "/runs", "admin", "{\"dryRun\":true}").status()).isEqualTo(404);
        assertThat(http.get(CLEANUPS + "/" + id + "/runs", "admin").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"groups\":[\"jira-software-users\"]       | \"groups\":[\"ghosts\"]       | groups: There is no group 'ghosts'.",
        "\"inactiveDays\":90                        | \"inactiveDays\":-1           | inactiveDays: Must be between 0 and 3650 days (10 years); it is -1.",
        "\"inactiveDays\":90                        | \"inactiveDays\":3651         | inactiveDays: Must be between 0 and 3650 days (10 years); it is 3651.",
        "\"inactiveDays\":90                        | \"inactiveDays\":\"90\"       | inactiveDays: Must be a whole number.",
        "\"inactiveDays\":90                        | \"inactiveDays\":9.5          | inactiveDays: Must be a whole number.",
        "\"inactiveDays\":90                        | \"inactiveDays\":99999999999  | inactiveDays: Must be a whole number.",
        "\"createdMoreThanDays\":30                 | \"createdMoreThanDays\":-5    | neverLoggedIn.createdMoreThanDays: Must be between 0 and 3650 days (10 years); it is -5.",
        "\"createdMoreThanDays\":30                 | \"createdMoreThan\":30        | neverLoggedIn.createdMoreThan: Unknown field; the accepted fields are createdMoreThanDays, include.",
        "\"excludeGroups\":[\"service-accounts\"]   | \"excludeGroups\":[\"nobody\"] | excludeGroups: There is no group 'nobody'.",
        "\"excludeUsers\":[\"admin\"]               | \"excludeUsers\":[\"\"]       | excludeUsers: A username is empty.",
        "\"excludeUsers\":[\"admin\"]               | \"excludeUser\":[\"admin\"]   | excludeUser: Unknown field; the accepted fields are action, applications, enabled, excludeGroups, excludeUsers, groups, id, idpId, inactiveDays, name, neverLoggedIn, nextRunAt, savedBy, schedule.",
        "\"action\":\"REMOVE_FROM_GROUPS\"          | \"action\":\"DELETE\"         | action: 'DELETE' is not one of REMOVE_FROM_GROUPS, DEACTIVATE, REPORT_ONLY.",
        "\"cron\":\"0 0 3 * * ?\"                   | \"cron\":\"\"                 | schedule.cron: A cron expression is required for a schedule.",
        "\"timeZone\":\"UTC\"                       | \"timeZone\":\"Mars/Base\"    | schedule.timeZone: 'Mars/Base' is not a time zone id such as UTC or Europe/Oslo.",
        "\"name\":\"c\"                             | \"name\":\"\"                 | name: A name is required.",
    })
    void invalidField_is400_withTheFieldAndReason_andSavesNothing(String valid, String invalid, String expected) {
        assertInvalid(valid, invalid, expected);
    }

    @Test
    void unknownApplication_is400_namingTheProductsApplications() {
        String known = HOST.product() == DevHostProduct.CONFLUENCE ? "confluence" : "jira-servicedesk, jira-software";
        assertInvalid("\"applications\":[\"" + SOFTWARE + "\"]", "\"applications\":[\"jira-core\"]",
                "applications: There is no application 'jira-core'; known: " + known + ".");
    }

    private static void assertInvalid(String valid, String invalid, String expected) {
        String body = full("c").replace(valid.strip(), invalid.strip());
        assertThat(body).as("the test replaced something").isNotEqualTo(full("c"));

        Answer answer = http.post(CLEANUPS, "admin", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(error(answer)).isEqualTo(expected);
        assertThat(http.get(CLEANUPS, "admin").json()).isEmpty();
    }

    @Test
    void invalidCron_is400_withTheSchedulersReason() {
        Answer answer = http.post(CLEANUPS, "admin", full("c").replace("0 0 3 * * ?", "0 0 25 * * ?"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(error(answer)).startsWith("schedule.cron: '0 0 25 * * ?' is not a valid cron expression: ");
        assertThat(http.get(CLEANUPS, "admin").json()).isEmpty();
    }

    @Test
    void unknownIdp_noTargets_andDuplicateOrLongNames_are400() {
        http.post(CLEANUPS, "admin", full("Taken"));

        assertThat(error(http.post(CLEANUPS, "admin", full("x").replace("\"idpId\":" + idpId, "\"idpId\":999"))))
                .isEqualTo("idpId: There is no identity provider 999.");
        assertThat(error(http.post(CLEANUPS, "admin", full("y").replace("[\"jira-software-users\"]", "[]")
                .replace("[\"" + SOFTWARE + "\"]", "[]"))))
                .isEqualTo("groups: Pick at least one target group or application.");
        assertThat(error(http.post(CLEANUPS, "admin", full("TAKEN"))))
                .isEqualTo("name: Another cleanup is already called 'Taken'.");
        assertThat(error(http.post(CLEANUPS, "admin", full("n".repeat(300)))))
                .isEqualTo("name: The name is 300 characters long; at most 255 are allowed.");
        assertThat(http.get(CLEANUPS, "admin").json()).hasSize(1);
    }

    @Test
    void invalidUpdate_is400_andLeavesItAsItWas() {
        JsonNode saved = http.post(CLEANUPS, "admin", full("a")).json();

        Answer answer = http.put(CLEANUPS + "/" + saved.get("id").asLong(), "admin",
                full("a").replace("\"inactiveDays\":90", "\"inactiveDays\":-3"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(http.get(CLEANUPS + "/" + saved.get("id").asLong(), "admin").json()).isEqualTo(saved);
    }

    @Test
    void runRequest_isValidatedToo() {
        long id = http.post(CLEANUPS, "admin", full("a")).json().get("id").asLong();

        assertThat(error(http.post(CLEANUPS + "/" + id + "/runs", "admin", "{\"dryRun\":\"yes\"}")))
                .isEqualTo("dryRun: Must be true or false.");
        assertThat(error(http.post(CLEANUPS + "/" + id + "/runs", "admin", "{\"dry\":true}")))
                .isEqualTo("dry: Unknown field; the accepted fields are dryRun.");
        assertThat(http.get(CLEANUPS + "/" + id + "/runs", "admin").json()).isEmpty();
    }

    @Test
    void schedulePreview_listsTheNextRuns_orSaysWhyNot() {
        Answer ok = http.get(API + "/schedule-preview?cron=0+0+3+*+*+%3F&timeZone=Europe/Oslo", "admin");
        Answer bad = http.get(API + "/schedule-preview?cron=nonsense", "admin");

        assertThat(ok.json()).extracting(JsonNode::asText).containsExactly("2026-11-24T02:00:00Z",
                "2026-11-25T02:00:00Z", "2026-11-26T02:00:00Z", "2026-11-27T02:00:00Z", "2026-11-28T02:00:00Z");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(error(bad)).startsWith("schedule.cron: 'nonsense' is not a valid cron expression: ");
    }
}
