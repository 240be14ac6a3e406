package io.usercleanup.rest.http;

import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET/PUT /settings} over HTTP: the history retention and minimum schedule interval, admin only, validated. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json", null);
    private static final String SETTINGS = "/rest/user-cleanup/1.0/settings";

    private static HttpClientForTests http() {
        return HOST.client();
    }

    @Test
    @Order(1)
    void get_givesTheDefaultRetention() {
        Answer answer = http().get(SETTINGS, "admin");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.text()).isEqualTo("{\"historyRetentionDays\":365,\"minimumScheduleIntervalMinutes\":60}");
    }

    @Test
    @Order(2)
    void put_savesTheRetention() {
        Answer answer = http().put(SETTINGS, "admin", "{\"historyRetentionDays\":30}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"historyRetentionDays\":30,\"minimumScheduleIntervalMinutes\":60}");
        assertThat(http().get(SETTINGS, "admin").text()).isEqualTo("{\"historyRetentionDays\":30,\"minimumScheduleIntervalMinutes\":60}");
    }

    @Test
    @Order(3)
    void put_refusesBadValues_withTheFieldAndReason_savingNothing() {
        Answer zero = http().put(SETTINGS, "admin", "{\"historyRetentionDays\":0}");
        Answer tooMany = http().put(SETTINGS, "admin", "{\"historyRetentionDays\":3651}");
        Answer text = http().put(SETTINGS, "admin", "{\"historyRetentionDays\":\"a year\"}");
        Answer missing = http().put(SETTINGS, "admin", "{}");
        Answer unknown = http().put(SETTINGS, "admin", "{\"historyRetentionDays\":10,\"keepForever\":true}");

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text()).isEqualTo("{\"errors\":[{\"field\":\"historyRetentionDays\","
                + "\"message\":\"Must be between 1 and 3650 days (10 years); it is 0.\"}]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").get(0).get("message").asText()).isEqualTo("Must be a whole number.");
        assertThat(missing.text()).isEqualTo("{\"errors\":[{\"field\":\"historyRetentionDays\","
                + "\"message\":\"A number of days is required.\"}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("keepForever");
        assertThat(http().get(SETTINGS, "admin").text()).isEqualTo("{\"historyRetentionDays\":30,\"minimumScheduleIntervalMinutes\":60}");
    }

    @Test
    @Order(4)
    void onlySystemAdministrators_andNoFormPosts() {
        assertThat(http().get(SETTINGS, null).status()).isEqualTo(401);
        assertThat(http().get(SETTINGS, "user").status()).isEqualTo(403);
        assertThat(http().put(SETTINGS, "user", "{\"historyRetentionDays\":1}").status()).isEqualTo(403);
        Answer form = http().send(http().request(SETTINGS, "admin").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"historyRetentionDays\":1}")).build());
        assertThat(form.status()).isIn(403, 415);
        assertThat(http().get(SETTINGS, "admin").text()).isEqualTo("{\"historyRetentionDays\":30,\"minimumScheduleIntervalMinutes\":60}");
    }
}
