package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /groups} pages through the groups starting with the query, over a directory of more
 * than 150 groups, and refuses bad paging values with a 400 that names the parameter.
 */
class GroupSearchApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/hostile-names-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String API = "/rest/user-cleanup/1.0";

    private static HttpClientForTests http;

    @BeforeAll
    static void client() {
        http = HOST.client();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("groups").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> teams(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("team-%03d", i)).toList();
    }

    @Test
    void theFirstPage_saysMoreFollow_andAGroupPastItIsFoundByItsPrefix() {
        JsonNode first = http.get(API + "/groups?limit=100", "admin").json();
        JsonNode found = http.get(API + "/groups?query=TEAM-14&limit=100", "admin").json();

        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(100);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(names(first)).hasSize(100).doesNotContain("team-140").startsWith(HOST.product() == DevHostProduct.CONFLUENCE
                ? "confluence-administrators" : "entra <img src=x onerror=\"window.__xss=1\">");
        assertThat(found.get("more").asBoolean()).isFalse();
        assertThat(names(found)).isEqualTo(teams(140, 149));
    }

    @Test
    void laterPages_startWhereTheyAreAsked_andTheLastSaysNoMore() {
        JsonNode middle = http.get(API + "/groups?query=team-&start=140&limit=5", "admin").json();
        JsonNode last = http.get(API + "/groups?query=team-&start=100&limit=100", "admin").json();
        JsonNode beyond = http.get(API + "/groups?query=team-&start=150", "admin").json();

        assertThat(names(middle)).isEqualTo(teams(141, 145));
        assertThat(middle.get("more").asBoolean()).isTrue();
        assertThat(names(last)).isEqualTo(teams(101, 150));
        assertThat(last.get("more").asBoolean()).isFalse();
        assertThat(names(beyond)).isEmpty();
        assertThat(beyond.get("limit").asInt()).isEqualTo(50);
        assertThat(beyond.get("more").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "start=-1,start,0 to 1000000000", "start=abc,start,0 to 1000000000", "start=1e3,start,0 to 1000000000",
        "start=99999999999,start,0 to 1000000000",
        "limit=0,limit,1 to 100", "limit=101,limit,1 to 100", "limit=ten,limit,1 to 100", "limit=,limit,1 to 100",
    })
    void badPagingValues_are400_namingTheParameter(String parameter, String field, String range) {
        Answer answer = http.get(API + "/groups?query=team-&" + parameter, "admin");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).startsWith("Must be a whole number from " + range + "; it is ");
    }

    @Test
    void oneGroup_isAnsweredWithItsDirectory_anUnknownOneIs404_andNoNameIs400() {
        JsonNode group = http.get(API + "/group?name=TEAM-140", "admin").json();
        Answer unknown = http.get(API + "/group?name=no-such-group", "admin");
        Answer none = http.get(API + "/group", "admin");

        assertThat(group.get("name").asText()).isEqualTo("team-140");
        assertThat(group.get("directoryId").asLong()).isPositive();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("errors").get(0).get("message").asText()).contains("no-such-group");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(http.get(API + "/group?name=team-140", "user").status()).isEqualTo(403);
    }
}
