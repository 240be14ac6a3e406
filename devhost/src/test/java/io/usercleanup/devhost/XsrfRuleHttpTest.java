package io.usercleanup.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev host's XSRF rule over HTTP, case by case as Jira's REST module decides it. A request
 * the host lets through reaches the plugin, which shows it: an invalid body is answered
 * {@code 400} by the plugin, a body without JSON's type {@code 415}. Every refused or invalid
 * request is checked to have changed nothing by comparing the listing before and after.
 */
class XsrfRuleHttpTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String IDPS = "/rest/user-cleanup/1.0/idps";
    private static final String VALID = "{\"name\":\"Sneaky\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}";
    /** Passes the host's rule but not the plugin's validation: proof that it got through. */
    private static final String INVALID = "{\"name\":\"\",\"type\":\"ENTRA_ID\"}";
    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    private static final String IE11 = "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko";

    private static HttpClientForTests http;
    private static String origin;

    @BeforeAll
    static void oneIdp() {
        http = HOST.client();
        origin = "http://localhost:" + HOST.server().port();
        assertThat(http.post(IDPS, "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}")
                .status()).isEqualTo(201);
    }

    private static JsonNode listing() {
        return http.get(IDPS, "admin").json();
    }

    private static HttpRequest.Builder post(String contentType, String body) {
        HttpRequest.Builder builder = http.request(IDPS, "admin").POST(HttpRequest.BodyPublishers.ofString(body));
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    private static void assertRefusedAsJiraDoes(Answer answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text()).isEqualTo("XSRF check failed");
        assertThat(answer.contentType()).startsWith("text/plain");
    }

    private static void assertReachedThePlugin(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    @Test
    void postWithoutContentType_andWithoutTheToken_isRefused_changingNothing() {
        JsonNode before = listing();

        Answer answer = http.send(post(null, VALID).build());

        assertRefusedAsJiraDoes(answer);
        assertThat(listing()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "text/plain;charset=UTF-8", "TEXT/PLAIN"})
    void postWithAFormType_andWithoutTheToken_isRefused_changingNothing(String type) {
        JsonNode before = listing();

        Answer answer = http.send(post(type, VALID).build());

        assertRefusedAsJiraDoes(answer);
        assertThat(listing()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-check", "NO-CHECK", "nocheck"})
    void theToken_inAnyCase_orTheDeprecatedNocheck_letsAFormTypeThrough_toThePluginsOwnCheck(String token) {
        JsonNode before = listing();

        Answer plain = http.send(post("text/plain", VALID).header("X-Atlassian-Token", token).build());
        Answer none = http.send(post(null, VALID).header("X-Atlassian-Token", token).build());

        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.json().get("errors").get(0).get("message").asText())
                .isEqualTo("The request body must be JSON, sent with Content-Type: application/json.");
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.json().get("errors").get(0).get("message").asText())
                .isEqualTo("The request has no Content-Type; send the body as JSON with Content-Type: application/json.");
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void anotherTokenValue_isNoToken() {
        JsonNode before = listing();

        Answer answer = http.send(post("text/plain", VALID).header("X-Atlassian-Token", "yes").build());

        assertRefusedAsJiraDoes(answer);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void jsonFromAScript_needsNoTokenAndNoOrigin_evenFromAnotherOrigin() {
        JsonNode before = listing();

        Answer plain = http.send(post("application/json", INVALID).build());
        Answer foreign = http.send(post("application/json", INVALID).header("Origin", "https://evil.example").build());

        assertReachedThePlugin(plain);
        assertReachedThePlugin(foreign);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aBrowsersPost_fromThisOrigin_byOriginOrByReferer_getsThrough() {
        JsonNode before = listing();

        Answer byOrigin = http.send(post("application/json", INVALID).header("User-Agent", CHROME)
                .header("Origin", origin).build());
        Answer byReferer = http.send(post("application/json", INVALID).header("User-Agent", CHROME)
                .header("Referer", origin + HOST.contextPath() + "/plugins/servlet/user-cleanup/admin?tab=idps").build());
        Answer refererWins = http.send(post("application/json", INVALID).header("User-Agent", CHROME)
                .header("Origin", "https://evil.example").header("Referer", origin + HOST.contextPath() + "/secure/Dashboard.jspa")
                .build());
        Answer extension = http.send(post("application/json", INVALID).header("User-Agent", CHROME)
                .header("Origin", "chrome-extension://abcdefghijklmnop").build());

        assertReachedThePlugin(byOrigin);
        assertReachedThePlugin(byReferer);
        assertReachedThePlugin(refererWins);
        assertReachedThePlugin(extension);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aBrowsersPost_fromAnotherOrigin_orFromNowhere_isRefused_evenWithTheToken_changingNothing() {
        JsonNode before = listing();

        Answer foreign = http.send(post("application/json", VALID).header("User-Agent", CHROME)
                .header("Origin", "https://evil.example").header("X-Atlassian-Token", "no-check").build());
        Answer otherPort = http.send(post("application/json", VALID).header("User-Agent", CHROME)
                .header("Origin", "http://localhost:1").build());
        Answer otherScheme = http.send(post("application/json", VALID).header("User-Agent", CHROME)
                .header("Origin", origin.replace("http:", "https:")).build());
        Answer nowhere = http.send(post("application/json", VALID).header("User-Agent", CHROME).build());
        Answer nullOrigin = http.send(post("application/json", VALID).header("User-Agent", CHROME)
                .header("Origin", "null").build());

        assertRefusedAsJiraDoes(foreign);
        assertRefusedAsJiraDoes(otherPort);
        assertRefusedAsJiraDoes(otherScheme);
        assertRefusedAsJiraDoes(nowhere);
        assertRefusedAsJiraDoes(nullOrigin);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aBrowsersFormPost_fromThisOrigin_stillNeedsTheToken() {
        JsonNode before = listing();

        Answer answer = http.send(post("text/plain", VALID).header("User-Agent", CHROME).header("Origin", origin)
                .build());

        assertRefusedAsJiraDoes(answer);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void internetExplorerWithTheToken_isNotTreatedAsABrowser() {
        JsonNode before = listing();

        Answer withToken = http.send(post("application/json", INVALID).header("User-Agent", IE11)
                .header("Origin", "https://evil.example").header("X-Atlassian-Token", "no-check").build());
        Answer withoutToken = http.send(post("application/json", VALID).header("User-Agent", IE11)
                .header("Origin", "https://evil.example").build());

        assertReachedThePlugin(withToken);
        assertRefusedAsJiraDoes(withoutToken);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void putAndDelete_failingTheChecks_areLetThrough_asJiraOnlyLogsThem_andThePluginRefusesFormsAndWhatIsNotJson() {
        JsonNode before = listing();
        long id = before.get(0).get("id").asLong();

        Answer browserPut = http.send(http.request(IDPS + "/" + id, "admin").header("User-Agent", CHROME)
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(INVALID)).build());
        Answer untypedPut = http.send(http.request(IDPS + "/" + id, "admin")
                .PUT(HttpRequest.BodyPublishers.ofString(VALID)).build());
        Answer formDelete = http.send(http.request(IDPS + "/" + id, "admin").header("Content-Type", "text/plain")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        Answer formDeleteWithToken = http.send(http.request(IDPS + "/" + id, "admin")
                .header("Content-Type", "text/plain").header("X-Atlassian-Token", "no-check")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        Answer formPutWithToken = http.send(http.request(IDPS + "/" + id, "admin")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(VALID)).build());

        assertReachedThePlugin(browserPut);
        assertThat(untypedPut.status()).isEqualTo(415);
        // The plugin's own XSRF rule: a form's type without the token is refused whatever the method.
        assertThat(formDelete.status()).isEqualTo(403);
        assertThat(formDelete.json().get("errors").get(0).get("message").asText())
                .isEqualTo("XSRF check failed: a request of type text/plain changes nothing without the header "
                        + "X-Atlassian-Token: no-check.");
        // With the token it is the type that is wrong.
        assertThat(formPutWithToken.status()).isEqualTo(415);
        assertThat(formDeleteWithToken.status()).isEqualTo(415);
        assertThat(formDeleteWithToken.json().get("errors").get(0).get("message").asText())
                .isEqualTo("This request takes no body; send it without a Content-Type (a body of type text/plain "
                        + "is not accepted).");
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aDeleteWithoutContentType_asCurlSendsIt_needsNoToken() {
        Answer created = http.post(IDPS, "admin", "{\"name\":\"Short-lived\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}");
        long id = created.json().get("id").asLong();

        Answer deleted = http.delete(IDPS + "/" + id, "admin");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get(IDPS + "/" + id, "admin").status()).isEqualTo(404);
    }

    @Test
    void readsAreNeverChecked() {
        Answer answer = http.send(http.request(IDPS, "admin").header("Content-Type", "text/plain")
                .header("User-Agent", CHROME).header("Origin", "https://evil.example").GET().build());

        assertThat(answer.status()).isEqualTo(200);
    }
}
