package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /idps} over HTTP: every success and every error of the contract. */
class IdpApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String IDPS = "/rest/user-cleanup/1.0/idps";
    private static final String ENTRA = "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"provisioningEnabled\":true,"
            + "\"directoryIds\":[10000],\"groups\":[\"JIRA-LOCAL-USERS\"],\"identifier\":\"EMAIL\",\"csvTemplate\":\"CURRENT\"}";

    private final HttpClientForTests http = HOST.client();

    @BeforeEach
    void deleteAll() {
        for (JsonNode cleanup : http.get("/rest/user-cleanup/1.0/cleanups", "admin").json()) {
            http.delete("/rest/user-cleanup/1.0/cleanups/" + cleanup.get("id").asLong(), "admin");
        }
        for (JsonNode idp : http.get(IDPS, "admin").json()) {
            http.delete(IDPS + "/" + idp.get("id").asLong(), "admin");
        }
    }

    private static String error(Answer answer, int index) {
        JsonNode error = answer.json().get("errors").get(index);
        return (error.has("field") ? error.get("field").asText() : "-") + ": " + error.get("message").asText();
    }

    @Test
    void create_is201_withLocation_andTheSavedConfiguration() {
        Answer created = http.post(IDPS, "admin", ENTRA);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=UTF-8");
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith(HOST.contextPath() + IDPS + "/" + id);
        assertThat(created.text()).isEqualTo("{\"id\":" + id + ",\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\","
                + "\"provisioningEnabled\":true,\"directoryIds\":[10000],\"groups\":[\"jira-local-users\"],"
                + "\"identifier\":\"EMAIL\",\"csvTemplate\":\"CURRENT\"}");
        assertThat(http.get(IDPS + "/" + id, "admin").json()).isEqualTo(created.json());
        assertThat(http.get(IDPS, "admin").json()).containsExactly(created.json());
    }

    @Test
    void defaults_areEmailAndTheCurrentTemplate() {
        JsonNode created = http.post(IDPS, "admin", "{\"name\":\"Minimal\",\"type\":\"ENTRA_ID\"}").json();

        assertThat(created.get("identifier").asText()).isEqualTo("EMAIL");
        assertThat(created.get("csvTemplate").asText()).isEqualTo("CURRENT");
        assertThat(created.get("provisioningEnabled").asBoolean()).isTrue();
        assertThat(created.get("directoryIds")).isEmpty();
    }

    @Test
    void update_is200_andReplacesTheFields() {
        long id = http.post(IDPS, "admin", ENTRA).json().get("id").asLong();

        Answer updated = http.put(IDPS + "/" + id, "admin", "{\"id\":" + id + ",\"name\":\"Entra (legacy)\","
                + "\"type\":\"ENTRA_ID\",\"provisioningEnabled\":false,\"directoryIds\":[],\"groups\":[],"
                + "\"identifier\":\"USERNAME\",\"csvTemplate\":\"LEGACY_V1\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("Entra (legacy)");
        assertThat(updated.json().get("csvTemplate").asText()).isEqualTo("LEGACY_V1");
        assertThat(http.get(IDPS + "/" + id, "admin").json()).isEqualTo(updated.json());
    }

    @Test
    void delete_is204_andItIsGone() {
        long id = http.post(IDPS, "admin", ENTRA).json().get("id").asLong();

        assertThat(http.delete(IDPS + "/" + id, "admin").status()).isEqualTo(204);
        assertThat(http.get(IDPS + "/" + id, "admin").status()).isEqualTo(404);
    }

    @Test
    void unknownIds_are404() {
        assertThat(http.get(IDPS + "/999", "admin").status()).isEqualTo(404);
        assertThat(error(http.put(IDPS + "/999", "admin", ENTRA), 0)).isEqualTo("-: There is no identity provider 999");
        assertThat(http.delete(IDPS + "/999", "admin").status()).isEqualTo(404);
        assertThat(http.get(IDPS + "/not-a-number", "admin").status()).isEqualTo(404);
    }

    @Test
    void delete_whileACleanupUsesIt_is409_andKeepsIt() {
        long id = http.post(IDPS, "admin", ENTRA).json().get("id").asLong();
        http.post("/rest/user-cleanup/1.0/cleanups", "admin", "{\"name\":\"Uses it\",\"groups\":[\"jira-local-users\"],"
                + "\"inactiveDays\":90,\"action\":\"REPORT_ONLY\",\"idpId\":" + id + "}");

        Answer answer = http.delete(IDPS + "/" + id, "admin");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(error(answer, 0)).isEqualTo(
                "-: The identity provider 'Entra ID' is used by 'Uses it'; change those cleanups first.");
        assertThat(http.get(IDPS + "/" + id, "admin").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"ENTRA_ID\"}                                    | name: A name is required.",
        "{\"name\":\"   \",\"type\":\"ENTRA_ID\"}                   | name: A name is required.",
        "{\"name\":\"Okta\",\"type\":\"OKTA\"}                      | type: 'OKTA' is not one of ENTRA_ID.",
        "{\"name\":\"x\"}                                           | type: A value is required: one of ENTRA_ID.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"directoryIds\":[42]}  | directoryIds: There is no user directory with the id 42.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"groups\":[\"nope\"]}  | groups: There is no group 'nope'.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"identifier\":\"UPN\"}  | identifier: 'UPN' is not one of EMAIL, USERNAME.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"csvTemplate\":\"V2\"}  | csvTemplate: 'V2' is not one of CURRENT, LEGACY_V1.",
        "{\"name\":7,\"type\":\"ENTRA_ID\"}                         | name: Must be a string.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"provisioningEnabled\":\"yes\"} | provisioningEnabled: Must be true or false.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"directoryIds\":\"10000\"} | directoryIds: Must be a list of whole numbers.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"groups\":[1]}      | groups: Must be a list of strings.",
        "{\"name\":\"x\",\"type\":\"ENTRA_ID\",\"group\":[]}        | group: Unknown field; the accepted fields are csvTemplate, directoryIds, groups, id, identifier, name, provisioningEnabled, type.",
        "{\"name\":\"x\",                                           | -: The request body is not valid JSON: Unexpected end-of-input within/between Object entries (line 1, column 13).",
        "[]                                                         | -: The request body must be a JSON object.",
    })
    void invalidInput_is400_withTheFieldAndReason_andSavesNothing(String body, String expected) {
        Answer answer = http.post(IDPS, "admin", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(error(answer, 0)).isEqualTo(expected);
        assertThat(http.get(IDPS, "admin").json()).isEmpty();
    }

    @Test
    void tooLongName_andDuplicateName_are400() {
        http.post(IDPS, "admin", ENTRA);

        Answer tooLong = http.post(IDPS, "admin", "{\"name\":\"" + "n".repeat(256) + "\",\"type\":\"ENTRA_ID\"}");
        Answer duplicate = http.post(IDPS, "admin", "{\"name\":\"entra id\",\"type\":\"ENTRA_ID\"}");

        assertThat(error(tooLong, 0)).isEqualTo("name: The name is 256 characters long; at most 255 are allowed.");
        assertThat(error(duplicate, 0)).isEqualTo("name: Another identity provider is already called 'Entra ID'.");
        assertThat(http.get(IDPS, "admin").json()).hasSize(1);
    }

    @Test
    void invalidUpdate_is400_andLeavesItAsItWas() {
        JsonNode saved = http.post(IDPS, "admin", ENTRA).json();

        Answer answer = http.put(IDPS + "/" + saved.get("id").asLong(), "admin",
                "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"directoryIds\":[42],\"csvTemplate\":\"LEGACY_V1\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(http.get(IDPS + "/" + saved.get("id").asLong(), "admin").json()).isEqualTo(saved);
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        Answer answer = http.post(IDPS, "admin", "{\"name\":\"\",\"type\":\"X\",\"directoryIds\":[9],\"groups\":[\"g\"]}");

        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("name", "type", "directoryIds", "groups");
    }
}
