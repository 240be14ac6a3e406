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
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens over HTTP, as a script uses them (CONTRACT section 4): made with
 * {@code POST /rest/pat/latest/tokens} as a logged-in user, then sent as {@code Authorization: Bearer}
 * to the plugin's REST API; and every way that goes wrong.
 */
class PersonalAccessTokensHttpTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String TOKENS = "/rest/pat/latest/tokens";
    private static final String API = "/rest/user-cleanup/1.0/idps";

    private static HttpClientForTests http;

    @BeforeAll
    static void client() {
        http = HOST.client();
    }

    private static Answer withBearer(String path, String token) {
        return http.send(http.request(path, null).header("Authorization", "Bearer " + token).GET().build());
    }

    private static String message(Answer answer) {
        return answer.json().get("errors").get(0).get("message").asText();
    }

    @Test
    void aTokenMadeByAdmin_isAnswered201_andAuthenticatesAsAdmin() {
        Answer created = http.post(TOKENS, "admin", "{\"name\":\"ci\",\"expirationDuration\":90}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("name").asText()).isEqualTo("ci");
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(body.get("expiringAt").asText()).isEqualTo("2027-02-21T12:00:00Z");
        String raw = body.get("rawToken").asText();
        assertThat(Base64.getDecoder().decode(raw)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");

        Answer api = withBearer(API, raw);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().isArray() || api.json().isObject()).isTrue();
        // the token is admin's: admin's REST access, not more and not less
        assertThat(withBearer("/rest/user-cleanup/1.0/directories", raw).status()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnOrdinaryUser_carriesThatUsersRights() {
        String raw = http.post(TOKENS, "user", "{\"name\":\"mine\"}").json().get("rawToken").asText();

        Answer api = withBearer(API, raw);
        assertThat(api.status()).isEqualTo(403);
        assertThat(message(api)).isEqualTo(RestAccessFilter.NOT_A_SYSTEM_ADMINISTRATOR);
    }

    @Test
    void aTokenWithoutExpirationDuration_doesNotExpire_andTheListShowsNoRawToken() {
        Answer created = http.post(TOKENS, "unlicensed", "{\"name\":\"forever\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().has("expiringAt")).isFalse();

        Answer list = http.get(TOKENS, "unlicensed");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("name").asText()).isEqualTo("forever");
        assertThat(list.json().get(0).has("rawToken")).isFalse();
        assertThat(list.text()).doesNotContain(created.json().get("rawToken").asText());
    }

    @Test
    void aRevokedToken_isRefused401_andRevokingAnothersTokenIs404() {
        JsonNode created = http.post(TOKENS, "admin", "{\"name\":\"short-lived\",\"expirationDuration\":1}").json();
        String raw = created.get("rawToken").asText();
        long id = created.get("id").asLong();

        assertThat(http.delete(TOKENS + "/" + id, "user").status()).isEqualTo(404);
        assertThat(withBearer(API, raw).status()).isEqualTo(200);
        assertThat(http.delete(TOKENS + "/" + id, "admin").status()).isEqualTo(204);

        Answer after = withBearer(API, raw);
        assertThat(after.status()).isEqualTo(401);
        assertThat(message(after)).isEqualTo(AuthenticationFilter.BAD_TOKEN);
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer ");
        assertThat(http.delete(TOKENS + "/" + id, "admin").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "AAAA", "Bearer", ""})
    void anUnknownToken_isRefused401_beforeAnyResource(String token) {
        Answer answer = withBearer(API, token);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(message(answer)).isEqualTo(AuthenticationFilter.BAD_TOKEN);
    }

    @Test
    void basicAndBearerTogether_areRefused401() {
        String raw = http.post(TOKENS, "admin", "{\"name\":\"both\"}").json().get("rawToken").asText();
        HttpRequest both = http.request(API, "admin").header("Authorization", "Bearer " + raw).GET().build();

        Answer answer = http.send(both);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(message(answer)).isEqualTo(AuthenticationFilter.TWO_CREDENTIALS);
    }

    @Test
    void aTokenCannotMakeAnotherToken() {
        String raw = http.post(TOKENS, "admin", "{\"name\":\"parent\"}").json().get("rawToken").asText();

        Answer answer = http.send(http.request(TOKENS, null).header("Authorization", "Bearer " + raw)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"child\"}")).build());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(message(answer)).isEqualTo(PersonalAccessTokenServlet.NO_TOKEN_FROM_TOKEN);
    }

    @Test
    void anonymous_cannotMakeOrListTokens() {
        assertThat(http.post(TOKENS, null, "{\"name\":\"ci\"}").status()).isEqualTo(401);
        Answer list = http.get(TOKENS, null);
        assertThat(list.status()).isEqualTo(401);
        assertThat(message(list)).isEqualTo(RestAccessFilter.NOT_LOGGED_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1]", "\"ci\"", "{\"name\":", "null"})
    void aBodyThatIsNoJsonObject_is400(String body) {
        Answer answer = http.post(TOKENS, "admin", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo(PersonalAccessTokenServlet.BAD_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":7}", "{\"name\":null}",
        "{\"name\":[\"ci\"]}"})
    void aMissingOrBadName_is400(String body) {
        Answer answer = http.post(TOKENS, "admin", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo(PersonalAccessTokenServlet.BAD_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "366", "1.5", "\"90\"", "true", "99999999999"})
    void aBadExpirationDuration_is400(String duration) {
        Answer answer = http.post(TOKENS, "admin", "{\"name\":\"ci\",\"expirationDuration\":" + duration + "}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(message(answer)).isEqualTo(PersonalAccessTokenServlet.BAD_DURATION);
    }

    @Test
    void aBodyOfAnotherType_is415_andAFormPostWithoutTheTokenHeaderFailsTheXsrfRule() {
        Answer plain = http.send(http.request(TOKENS, "admin").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\"}")).build());
        assertThat(plain.status()).isEqualTo(415);
        assertThat(message(plain)).isEqualTo(PersonalAccessTokenServlet.NOT_JSON);

        Answer form = http.send(http.request(TOKENS, "admin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=ci")).build());
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.text()).isEqualTo(XsrfFilter.FAILURE_BODY);
    }

    @Test
    void otherMethodsAndPaths_areRefused() {
        assertThat(http.put(TOKENS, "admin", "{}").status()).isEqualTo(405);
        assertThat(http.get(TOKENS + "/1", "admin").status()).isEqualTo(405);
        assertThat(http.delete(TOKENS + "/x", "admin").status()).isEqualTo(404);
    }
}
