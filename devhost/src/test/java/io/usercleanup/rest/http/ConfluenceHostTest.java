package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHostModules;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.DevHostSettings;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What only the dev host's Confluence shows (the tests shared with Jira run on it in the build's
 * second test run): its settings, its context path and pages, its one application, and a refusal
 * of its own over HTTP, the administrator a deactivating cleanup acts as.
 */
class ConfluenceHostTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension(DevHostProduct.CONFLUENCE,
            "/fixtures/contract-directory.json", Instant.parse("2026-11-23T12:00:00Z"), DevHostModules.NONE);
    private static final String API = "/rest/user-cleanup/1.0";

    private final HttpClientForTests http = HOST.client();

    @Test
    void settings_nameTheProduct_andConfluenceListensOn1990ByDefault() {
        Properties confluence = new Properties();
        confluence.setProperty("devhost.product", "Confluence");
        Properties bad = new Properties();
        bad.setProperty("devhost.product", "bamboo");

        assertThat(DevHostSettings.from(confluence).product()).isEqualTo(DevHostProduct.CONFLUENCE);
        assertThat(DevHostSettings.from(confluence).port()).isEqualTo(1990);
        assertThat(DevHostSettings.from(new Properties()).product()).isEqualTo(DevHostProduct.JIRA);
        assertThat(DevHostSettings.from(new Properties()).port()).isEqualTo(2990);
        assertThatThrownBy(() -> DevHostSettings.from(bad))
                .hasMessage("devhost.product: 'bamboo' is not a product (jira or confluence)");
    }

    @Test
    void servesUnderConfluence_withItsLoginPageAndAdminPages() {
        HttpClientForTests jiraPath = new HttpClientForTests(HOST.server().baseUrl().replace("/confluence", "/jira"));

        assertThat(HOST.server().baseUrl()).endsWith("/confluence");
        assertThat(http.get("/status", null).text()).isEqualTo("{\"state\":\"RUNNING\",\"standsInFor\":\""
                + DevHostProduct.CONFLUENCE.release(DevHostExtension.testPlatform()) + "\"}");
        assertThat(jiraPath.get("/status", null).status()).isEqualTo(404);
        assertThat(http.get("/login.action", null).text()).contains("Log in to Confluence");
        assertThat(http.get("/login.jsp", null).status()).isEqualTo(404);
        Answer page = http.get("/plugins/servlet/user-cleanup/cleanups", "admin");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Confluence administration")
                .contains("data-rest-base=\"/confluence/rest/user-cleanup/1.0\"");
    }

    @Test
    void theOneApplication_isConfluence_withTheGroupsThatCanUseIt() {
        JsonNode applications = http.get(API + "/applications", "admin").json();

        assertThat(applications.toString()).isEqualTo("[{\"key\":\"confluence\",\"name\":\"Confluence\","
                + "\"groups\":[\"jira-local-users\",\"jira-servicedesk-agents\",\"jira-software-users\"]}]");
    }

    @Test
    void aDeactivatingCleanupOverTheAdministratorsGroup_refusesTheAdministratorItActsAs() throws Exception {
        Answer saved = http.post(API + "/cleanups", "admin", "{\"name\":\"Administrators\","
                + "\"groups\":[\"confluence-administrators\"],\"inactiveDays\":0,\"action\":\"DEACTIVATE\"}");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        long id = saved.json().get("id").asLong();

        for (boolean dryRun : new boolean[] {true, false}) {
            Answer started = http.post(API + "/cleanups/" + id + "/runs", "admin", "{\"dryRun\":" + dryRun + "}");
            JsonNode run = RunPolling.awaitEnd(http, started.json().get("id").asLong());
            JsonNode users = http.get(API + "/runs/" + run.get("id").asLong() + "/users", "admin").json().get("users");

            assertThat(run.get("status").asText()).isEqualTo("PARTIAL");
            assertThat(users).hasSize(1);
            assertThat(users.get(0).get("username").asText()).isEqualTo("admin");
            assertThat(users.get(0).get("outcomes").get(0).get("outcome").asText()).isEqualTo("FAILED");
            assertThat(users.get(0).get("outcomes").get(0).get("reason").asText()).isEqualTo("user 'admin' cannot be "
                    + "deactivated: they are the administrator the cleanup acts as, who would be locked out");
        }
        assertThat(http.get(API + "/idps", "admin").status()).as("admin still works").isEqualTo(200);
    }
}
