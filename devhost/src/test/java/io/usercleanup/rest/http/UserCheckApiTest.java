package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /users/check} names the usernames no user has, whatever the case they are given in
 * and however hostile, and refuses a request without a name or with too many with a 400 naming
 * the parameter.
 */
class UserCheckApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/hostile-names-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String API = "/rest/user-cleanup/1.0/users/check";
    private static final String HOSTILE = "local\"><svg onload=window.__xss=1>";

    private static HttpClientForTests http;

    @BeforeAll
    static void client() {
        http = HOST.client();
    }

    private static String query(List<String> names) {
        return names.stream().map(n -> "name=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static List<String> unknown(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("unknown").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void theNamesNoUserHas_areAnswered_onceEach_inTheOrderGiven() {
        Answer answer = http.get(API + query(List.of("kept", "ghost", "KEPT", HOSTILE, "<b>nobody</b>", "Ghost",
                "user")), "admin");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(unknown(answer.json())).containsExactly("ghost", "<b>nobody</b>");
        assertThat(unknown(http.get(API + "?name=admin", "admin").json())).isEmpty();
    }

    @Test
    void noName_tooManyNames_andAnEmptyName_are400_namingTheParameter() {
        List<String> tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> "u" + i).toList();

        for (String bad : List.of("", query(tooMany), "?name=", "?name=%E0%A4", "?name=%07")) {
            Answer answer = http.get(API + bad, "admin");
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(bad).isEqualTo("name");
        }
        assertThat(http.get(API + "?name=kept", "user").status()).isEqualTo(403);
    }
}
