package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.core.service.HostApiMismatch;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jira whose API does not match the plugin's: the dev host's {@code UserService} fails to link
 * {@code newUserBuilder}, as a Jira that changed that method would (on Confluence its
 * {@code UserAccessor} fails to link {@code deactivateUser}). The run ends {@code FAILED}
 * naming the method instead of hanging {@code RUNNING}, and the cleanup can run again at once.
 */
class HostApiMismatchRunTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json", null);
    private static final String API = "/rest/user-cleanup/1.0";
    /** On Confluence the deactivation that fails to link is {@code UserAccessor.deactivateUser}. */
    private static final boolean CONFLUENCE = HOST.product() == DevHostProduct.CONFLUENCE;

    private static HttpClientForTests http() {
        return HOST.client();
    }

    @AfterEach
    void repair() {
        HOST.server().apiFaults().repairAll();
    }

    @Test
    void deactivationThatDoesNotLink_endsTheRunFailedNamingTheMethod_andTheNextRunStartsAndFinishes()
            throws Exception {
        // given: bob is the only inactive local user; erin is excluded
        Answer saved = http().post(API + "/cleanups", "admin", "{\"name\":\"Deactivate local\","
                + "\"groups\":[\"jira-local-users\"],\"inactiveDays\":90,\"excludeGroups\":[\"service-accounts\"],"
                + "\"excludeUsers\":[\"erin\"],\"action\":\"DEACTIVATE\"}");
        assertThat(saved.status()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        HOST.server().apiFaults().breakMethod(CONFLUENCE ? "deactivateUser" : "newUserBuilder");

        // when
        Answer started = http().post(API + "/cleanups/" + id + "/runs", "admin", "{\"dryRun\":false}");
        JsonNode run = RunPolling.awaitEnd(http(), started.json().get("id").asLong());

        // then
        assertThat(started.status()).isEqualTo(202);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("message").asText())
                .startsWith(HostApiMismatch.PREFIX + "NoSuchMethodError")
                .contains(CONFLUENCE
                        ? "'void com.atlassian.confluence.user.UserAccessor.deactivateUser(com.atlassian.user.User)'"
                        : "'com.atlassian.jira.bc.user.ApplicationUserBuilder com.atlassian.jira.bc.user.UserService"
                        + ".newUserBuilder(com.atlassian.jira.user.ApplicationUser)'");
        JsonNode users = http().get(API + "/runs/" + run.get("id").asLong() + "/users", "admin").json().get("users");
        assertThat(users).hasSize(1);
        JsonNode bob = users.get(0).get("outcomes").get(0);
        assertThat(bob.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(bob.get("pending").asBoolean()).isFalse();
        assertThat(bob.get("reason").asText()).contains(CONFLUENCE ? "UserAccessor.deactivateUser"
                : "UserService.newUserBuilder");
        assertThat(HOST.server().jira().userManager().getUserByName("bob").isActive()).isTrue();

        // and when Jira's API links again, the next run starts at once and finishes
        HOST.server().apiFaults().repairAll();
        Answer next = http().post(API + "/cleanups/" + id + "/runs", "admin", "{\"dryRun\":false}");
        assertThat(next.status()).as(next.text()).isEqualTo(202);
        JsonNode nextRun = RunPolling.awaitEnd(http(), next.json().get("id").asLong());
        assertThat(nextRun.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(nextRun.get("counts").get("deactivated").asLong()).isEqualTo(1);
        assertThat(HOST.server().jira().userManager().getUserByName("bob").isActive()).isFalse();
    }
}
