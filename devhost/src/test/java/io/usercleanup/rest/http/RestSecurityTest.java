package io.usercleanup.rest.http;

import io.usercleanup.devhost.HostAnswers;
import io.usercleanup.devhost.RestAccessFilter;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint is for system administrators only, and state changes are XSRF-protected. */
class RestSecurityTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String API = "/rest/user-cleanup/1.0";

    private static HttpClientForTests http;

    @BeforeAll
    static void createOneOfEach() {
        http = HOST.client();
        http.post(API + "/idps", "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}");
        http.post(API + "/cleanups", "admin", "{\"name\":\"c\",\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,"
                + "\"action\":\"REPORT_ONLY\",\"idpId\":1}");
        http.post(API + "/cleanups/1/runs", "admin", "{\"dryRun\":true}");
    }

    private static Answer call(String method, String path, String user) {
        String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
        return body == null ? http.send(http.request(API + path, user).method(method,
                HttpRequest.BodyPublishers.noBody()).build()) : http.sendJson(method, API + path, user, body);
    }

    @ParameterizedTest
    @CsvSource({
        "GET,/idps", "POST,/idps", "GET,/idps/1", "PUT,/idps/1", "DELETE,/idps/1",
        "GET,/cleanups", "POST,/cleanups", "GET,/cleanups/1", "PUT,/cleanups/1", "DELETE,/cleanups/1",
        "POST,/cleanups/1/runs", "GET,/cleanups/1/runs",
        "GET,/runs/1", "GET,/runs/1/users", "GET,/runs/1/export.csv", "GET,/runs/1/idp-exports/jira-local-users",
        "GET,/runs/1/idp-exports.zip", "GET,/directories", "GET,/groups", "GET,/applications",
        "GET,/schedule-preview?cron=0+0+3+*+*+%3F", "GET,/group?name=jira-local-users", "GET,/cleanups/deleted",
        "GET,/users/check?name=admin", "GET,/runs/1/groups", "GET,/runs/1/users?outcome=FAILED&sort=lastLogin",
    })
    void anonymous_is401_andANonAdmin_is403_withTheErrorBody(String method, String path) {
        Answer anonymous = call(method, path, null);
        Answer user = call(method, path, "user");
        Answer unlicensed = call(method, path, "unlicensed");

        // @SystemAdminOnly: the host refuses them before the resource, with its own answer
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("errors").get(0).get("message").asText())
                .isEqualTo(RestAccessFilter.NOT_LOGGED_IN);
        assertThat(anonymous.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_LOGGED_IN));
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.json().get("errors").get(0).get("message").asText())
                .isEqualTo(RestAccessFilter.NOT_A_SYSTEM_ADMINISTRATOR);
        assertThat(user.text()).isEqualTo(HostAnswers.body(RestAccessFilter.NOT_A_SYSTEM_ADMINISTRATOR));
        assertThat(unlicensed.status()).isEqualTo(403);
    }

    @Test
    void aSystemAdministratorWithoutALicence_isLetIn() {
        // the dev host's admin is in jira-administrators only: without the annotation Jira 10 would refuse it
        assertThat(HOST.server().jira().users().isLicensed("admin")).isFalse();
        assertThat(http.get(API + "/idps", "admin").status()).isEqualTo(200);
    }

    @Test
    void rejectedCalls_changedNothing() {
        assertThat(http.get(API + "/idps", "admin").json()).hasSize(1);
        assertThat(http.get(API + "/cleanups/1", "admin").status()).isEqualTo(200);
        assertThat(http.get(API + "/cleanups/1/runs", "admin").json()).hasSize(1);
    }

    @Test
    void wrongPassword_is401() {
        Answer answer = http.get(API + "/idps", "admin:wrong");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text()).isEqualTo(HostAnswers.body("Wrong username or password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"})
    void formContentTypesWithoutTheToken_areRejected_andChangeNothing(String contentType) {
        String idp = "{\"name\":\"Sneaky\",\"type\":\"ENTRA_ID\"}";
        Answer post = http.send(http.request(API + "/idps", "admin").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(idp)).build());
        Answer put = http.send(http.request(API + "/idps/1", "admin").header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(idp)).build());
        Answer run = http.send(http.request(API + "/cleanups/1/runs", "admin").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"dryRun\":false}")).build());
        Answer delete = http.send(http.request(API + "/cleanups/1", "admin").header("Content-Type", contentType)
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());

        // Jira's REST module refuses the POSTs (403, its text body); it lets PUT and DELETE through
        // (only logging them), so the plugin's own XSRF rule refuses those (403, the API's body).
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.text()).isEqualTo("XSRF check failed");
        assertThat(run.status()).isEqualTo(403);
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.json().get("errors").get(0).get("message").asText())
                .startsWith("XSRF check failed: a request of type ").endsWith("X-Atlassian-Token: no-check.");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.json().get("errors").get(0).get("message").asText()).startsWith("XSRF check failed");
        assertThat(http.get(API + "/idps", "admin").json()).extracting(n -> n.get("name").asText())
                .containsExactly("Entra ID");
        assertThat(http.get(API + "/cleanups/1", "admin").status()).isEqualTo(200);
        assertThat(http.get(API + "/cleanups/1/runs", "admin").json()).hasSize(1);
    }

    @Test
    void theTokenLetsAFormTypeThrough_toTheResource_whichTakesOnlyJson() {
        Answer answer = http.send(http.request(API + "/idps", "admin").header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Plain\",\"type\":\"ENTRA_ID\"}")).build());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(http.get(API + "/idps", "admin").json()).hasSize(1);
    }

    @Test
    void unknownPath_is404_withTheErrorBody() {
        Answer answer = http.get(API + "/nothing-here", "admin");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("errors")).hasSize(1);
    }
}
