package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deactivations through the REST API, on the dev host's Jira, which like Jira updates users only
 * for a logged-in administrator: the runs execute on threads of their own, where nobody is logged
 * in, so each must make its changes as an administrator, the one who started it by hand, or the
 * one who saved the cleanup for a scheduled run.
 */
class DeactivationRunTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json", null);
    private static final String API = "/rest/user-cleanup/1.0";

    private static HttpClientForTests http() {
        return HOST.client();
    }

    /** Bob is the only inactive local user who has logged in; Erin the only one who never has. */
    private static String deactivating(String name, boolean neverLoggedIn, String schedule) {
        return "{\"name\":\"" + name + "\",\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,"
                + "\"neverLoggedIn\":{\"include\":" + neverLoggedIn + ",\"createdMoreThanDays\":30},"
                + "\"excludeGroups\":[\"service-accounts\"],\"excludeUsers\":[\"" + (neverLoggedIn ? "bob" : "erin")
                + "\"],\"action\":\"DEACTIVATE\"" + (schedule == null ? "" : ",\"schedule\":{\"cron\":\"" + schedule
                + "\",\"timeZone\":\"UTC\"}") + "}";
    }

    private static boolean active(String username) {
        return HOST.server().jira().userManager().getUserByName(username).isActive();
    }

    @Test
    void manualRun_deactivatesAsTheAdministratorWhoStartedIt() throws Exception {
        // given
        Answer saved = http().post(API + "/cleanups", "admin", deactivating("Deactivate by hand", false, null));
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().get("savedBy").asText()).isEqualTo("admin");

        // when
        Answer started = http().post(API + "/cleanups/" + saved.json().get("id").asLong() + "/runs", "admin",
                "{\"dryRun\":false}");
        JsonNode run = RunPolling.awaitEnd(http(), started.json().get("id").asLong());

        // then
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.get("counts").get("deactivated").asLong()).isEqualTo(1);
        JsonNode users = http().get(API + "/runs/" + run.get("id").asLong() + "/users", "admin").json().get("users");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("username").asText()).isEqualTo("bob");
        assertThat(users.get(0).get("outcomes").get(0).get("outcome").asText()).isEqualTo("DEACTIVATED");
        assertThat(users.get(0).get("deactivated").asBoolean()).isTrue();
        assertThat(active("bob")).isFalse();
    }

    @Test
    void scheduledRun_deactivatesAsTheAdministratorWhoSavedTheCleanup() throws Exception {
        // given
        Answer saved = http().post(API + "/cleanups", "admin", deactivating("Deactivate once soon", true,
                RunPolling.cronOnceSoon()));
        assertThat(saved.status()).isEqualTo(201);
        long id = saved.json().get("id").asLong();

        // when
        JsonNode run = RunPolling.awaitFinishedScheduledRun(http(), id);

        // then
        assertThat(run.get("triggeredBy").isNull()).isTrue();
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.get("counts").get("deactivated").asLong()).isEqualTo(1);
        assertThat(active("erin")).isFalse();
        http().put(API + "/cleanups/" + id, "admin", deactivating("Deactivate every two seconds", true, null));
    }
}
