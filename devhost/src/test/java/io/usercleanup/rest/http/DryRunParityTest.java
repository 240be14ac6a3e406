package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run predicts the real run, on the dev host's Jira, which refuses what Jira refuses: the
 * dry run of a cleanup, then its real run on the same directory, give the same counts and the same
 * outcome for each user and group ({@code WOULD_REMOVE} for {@code REMOVED}, {@code
 * WOULD_DEACTIVATE} for {@code DEACTIVATED}, {@code FAILED} with the same reason), including the
 * refusals only Jira knows of: a project lead, a user of a read-only directory in a local group.
 * On Confluence, which knows neither, the same runs show Confluence's rules instead.
 */
class DryRunParityTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/dry-run-parity.json", NOW);
    private static final String API = "/rest/user-cleanup/1.0";
    private static final boolean CONFLUENCE = HOST.product() == DevHostProduct.CONFLUENCE;

    private static HttpClientForTests http() {
        return HOST.client();
    }

    private static long savedCleanup(String name, List<String> groups, String action) {
        String body = "{\"name\":\"" + name + "\",\"groups\":[\"" + String.join("\",\"", groups) + "\"],"
                + "\"inactiveDays\":90,\"action\":\"" + action + "\"}";
        Answer saved = http().post(API + "/cleanups", "admin", body);
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        return saved.json().get("id").asLong();
    }

    private static JsonNode run(long cleanupId, boolean dryRun) throws InterruptedException {
        Answer started = http().post(API + "/cleanups/" + cleanupId + "/runs", "admin", "{\"dryRun\":" + dryRun + "}");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return RunPolling.awaitEnd(http(), started.json().get("id").asLong());
    }

    /** Each user's outcomes as "user / group: OUTCOME (reason)", with dry-run outcomes named as real ones. */
    private static Map<String, List<String>> outcomes(JsonNode run) {
        JsonNode users = http().get(API + "/runs/" + run.get("id").asLong() + "/users?limit=1000", "admin").json()
                .get("users");
        Map<String, List<String>> byUser = new LinkedHashMap<>();
        for (JsonNode user : users) {
            List<String> outcomes = new ArrayList<>();
            for (JsonNode outcome : user.get("outcomes")) {
                outcomes.add(outcome.get("group").asText() + ": " + outcome.get("outcome").asText()
                        .replace("WOULD_REMOVE", "REMOVED").replace("WOULD_DEACTIVATE", "DEACTIVATED")
                        + (outcome.get("reason").isNull() ? "" : " (" + outcome.get("reason").asText() + ")"));
            }
            byUser.put(user.get("username").asText(), outcomes);
        }
        return byUser;
    }

    private static void assertPredicts(JsonNode dry, JsonNode real) {
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(real.get("dryRun").asBoolean()).isFalse();
        assertThat(dry.get("status").asText()).isEqualTo(real.get("status").asText());
        assertThat(dry.get("counts")).isEqualTo(real.get("counts"));
        Map<String, List<String>> predicted = outcomes(dry);
        Map<String, List<String>> happened = outcomes(real);
        assertThat(predicted.keySet()).containsExactlyElementsOf(happened.keySet());
        happened.forEach((user, outcomes) -> assertThat(predicted.get(user)).as(user).isEqualTo(outcomes));
    }

    private static boolean active(String username) {
        return HOST.server().jira().userManager().getUserByName(username).isActive();
    }

    @Test
    void deactivation_dryRunPredictsTheRealRun_projectLeadAndReadOnlyDirectoryIncluded() throws Exception {
        // given
        long id = savedCleanup("Deactivate team", List.of("team-local", "team-ldap"), "DEACTIVATE");

        // when
        JsonNode dry = run(id, true);
        boolean bobActiveAfterDryRun = active("bob");
        JsonNode real = run(id, false);

        // then
        assertThat(bobActiveAfterDryRun).isTrue();
        assertPredicts(dry, real);
        assertThat(outcomes(dry)).containsEntry("bob", List.of("team-local: DEACTIVATED"));
        assertThat(outcomes(dry).get("lee")).singleElement().asString().startsWith("team-ldap: FAILED (");
        assertThat(dry.get("status").asText()).isEqualTo("PARTIAL");
        assertThat(active("bob")).isFalse();
        if (CONFLUENCE) {
            // Confluence has no project leads: paula goes; its own refusals are the read-only
            // directory (lee, mia) and the acting administrator (ConfluenceRefusalsTest)
            assertThat(outcomes(dry)).containsEntry("paula", List.of("team-ldap: DEACTIVATED", "team-local: DEACTIVATED"));
            assertThat(dry.get("counts").get("deactivated").asLong()).isEqualTo(2);
            assertThat(active("paula")).isFalse();
            return;
        }
        String leadRefusal = " (user 'paula' cannot be deactivated: Jira refused it: Cannot deactivate user 'paula'"
                + " because they are the lead of these projects: OPS)";
        assertThat(outcomes(dry)).containsEntry("paula",
                List.of("team-ldap: FAILED" + leadRefusal, "team-local: FAILED" + leadRefusal));
        assertThat(dry.get("counts").get("deactivated").asLong()).isEqualTo(1);
        assertThat(active("paula")).isTrue();
    }

    @Test
    void removal_dryRunPredictsTheRealRun_readOnlyGroupAndReadOnlyUserIncluded() throws Exception {
        // given
        long id = savedCleanup("Remove crew", List.of("crew-local", "crew-ldap"), "REMOVE_FROM_GROUPS");

        // when
        JsonNode dry = run(id, true);
        JsonNode real = run(id, false);

        // then
        assertPredicts(dry, real);
        Map<String, List<String>> predicted = outcomes(dry);
        assertThat(predicted.get("carl")).containsExactly(
                "crew-ldap: FAILED (the directory 'Corporate LDAP' of group 'crew-ldap' is read-only)",
                "crew-local: REMOVED");
        assertThat(predicted.get("ola")).containsExactly("crew-local: REMOVED");
        if (CONFLUENCE) {
            // Confluence asks whether the group is read-only (UserAccessor.isReadOnly(Group)); nina's
            // membership of the local group is the local directory's there
            assertThat(predicted.get("nina")).containsExactly(
                    "crew-ldap: FAILED (the directory 'Corporate LDAP' of group 'crew-ldap' is read-only)",
                    "crew-local: REMOVED");
            assertThat(dry.get("counts").get("removed").asLong()).isEqualTo(3);
            assertThat(dry.get("counts").get("failed").asLong()).isEqualTo(2);
            return;
        }
        assertThat(predicted.get("nina")).containsExactly(
                "crew-ldap: FAILED (the directory 'Corporate LDAP' of group 'crew-ldap' is read-only)",
                "crew-local: FAILED (user 'nina' cannot be removed from group 'crew-local': "
                        + "directory 'Corporate LDAP' is read-only)");
        assertThat(dry.get("counts").get("removed").asLong()).isEqualTo(2);
        assertThat(dry.get("counts").get("failed").asLong()).isEqualTo(3);
    }
}
