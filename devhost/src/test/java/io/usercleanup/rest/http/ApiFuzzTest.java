package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile bodies and query strings against every endpoint of a dev host: never a
 * {@code 5xx}, always the API's JSON error body on a {@code 4xx}, and no change in any listing
 * after a {@code 4xx}. The seed is fixed, so CI sends the same requests every time; the number
 * of tries is {@code jqwik.tries.default} (1,500 per property in
 * {@code src/test/resources/junit-platform.properties}), and a local run can send more:
 * {@code mvn -B -q test -Dtest=ApiFuzzTest -Djqwik.tries.default=20000}.
 * <p>
 * It runs on the test run's product ({@link DevHostExtension#testProduct()}); the build's
 * Confluence run sends 500 tries per property from the same seeds (its
 * {@code jqwik.tries.default} in devhost/pom.xml), so both products answer hostile input without
 * doubling the time this takes on Jira.
 */
class ApiFuzzTest {
    private static final String API = "/rest/user-cleanup/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static HttpClientForTests http;
    private static long idpId;
    private static long cleanupId;

    @BeforeContainer
    static void start() throws Exception {
        HOST.beforeAll(null);
        http = HOST.client();
        idpId = http.post(API + "/idps", "admin", "{\"name\":\"Entra ID\",\"type\":\"ENTRA_ID\",\"directoryIds\":[10000]}")
                .json().get("id").asLong();
        cleanupId = http.post(API + "/cleanups", "admin", "{\"name\":\"Fuzz\",\"groups\":[\"jira-software-users\"],"
                + "\"inactiveDays\":90,\"action\":\"REPORT_ONLY\",\"idpId\":" + idpId + "}").json().get("id").asLong();
    }

    @AfterContainer
    static void stop() {
        HOST.afterAll(null);
    }

    @Property(seed = "20261123")
    void generatedBodies_neverA5xx_alwaysTheErrorBody_andNothingChangesOnA4xx(
            @ForAll("writes") String target, @ForAll("bodies") String body) {
        String method = target.substring(0, target.indexOf(' '));
        String path = target.substring(target.indexOf(' ') + 1);
        String before = listings();
        Answer answer = raw(method, path, body);

        assertThat(answer.status).as(method + " " + path + " " + body).isLessThan(500);
        if (answer.status >= 400) {
            assertErrorBody(answer, method + " " + path + " " + body);
            assertThat(listings()).as("stored state after " + answer.status + " to " + method + " " + path + " "
                    + body).isEqualTo(before);
        } else {
            waitForRuns();
        }
    }

    @Property(seed = "20261124")
    void generatedQueryStrings_neverA5xx_alwaysTheErrorBody(@ForAll("reads") String path,
                                                           @ForAll("queries") String query) {
        Answer answer = raw("GET", path + "?" + query, null);

        assertThat(answer.status).as(path + "?" + query).isLessThan(500);
        if (answer.status >= 400) {
            assertErrorBody(answer, path + "?" + query);
        }
    }

    private static void assertErrorBody(Answer answer, String request) {
        assertThat(answer.contentType).as(request).startsWith("application/json");
        JsonNode errors;
        try {
            errors = JSON.readTree(answer.body).get("errors");
        } catch (IOException e) {
            throw new AssertionError("Not JSON for " + request + ": " + answer.body, e);
        }
        assertThat(errors).as(request).isNotNull();
        assertThat(errors.isArray() && errors.size() > 0).as(request + ": " + answer.body).isTrue();
        errors.forEach(error -> assertThat(error.path("message").asText()).as(request).isNotBlank());
    }

    /** Everything the API lists, as text: what a refused request must leave unchanged. */
    private static String listings() {
        return http.get(API + "/idps", "admin").text() + http.get(API + "/cleanups", "admin").text()
                + http.get(API + "/settings", "admin").text()
                + http.get(API + "/cleanups/" + cleanupId + "/runs", "admin").text();
    }

    /** A started run changes the listing while it goes on; compare only once it has finished. */
    private static void waitForRuns() {
        for (int i = 0; i < 200 && http.get(API + "/cleanups/" + cleanupId + "/runs", "admin").text()
                .contains("\"RUNNING\""); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Provide
    Arbitrary<String> writes() {
        return Arbitraries.of("POST " + API + "/idps", "PUT " + API + "/idps/" + idpId, "POST " + API + "/cleanups",
                "PUT " + API + "/cleanups/" + cleanupId, "POST " + API + "/cleanups/" + cleanupId + "/runs",
                "PUT " + API + "/settings", "PUT " + API + "/cleanups/999999", "POST " + API + "/cleanups/abc/runs");
    }

    @Provide
    Arbitrary<String> reads() {
        return Arbitraries.of(API + "/runs/1/users", API + "/groups", API + "/schedule-preview", API + "/cleanups",
                API + "/idps", API + "/settings", API + "/directories", API + "/applications", API + "/runs/1",
                API + "/cleanups/" + cleanupId + "/runs", API + "/users/check", API + "/runs/1/groups");
    }

    private static final List<String> FIELDS = List.of("name", "type", "provisioningEnabled", "directoryIds", "groups",
            "identifier", "csvTemplate", "enabled", "applications", "inactiveDays", "neverLoggedIn", "excludeGroups",
            "excludeUsers", "action", "idpId", "schedule", "cron", "timeZone", "include", "createdMoreThanDays",
            "dryRun", "historyRetentionDays", "minimumScheduleIntervalMinutes", "id");

    private static final List<String> WORDS = List.of("jira-software-users", HOST.application("jira-software"),
            "service-accounts", "admin", "REPORT_ONLY", "DEACTIVATE", "REMOVE_FROM_GROUPS", "ENTRA_ID", "EMAIL",
            "USERNAME", "CURRENT", "LEGACY_V1", "0 0 3 * * ?", "* * * * * ?", "0 0 0 30 2 ?", "0 0 0 1 1 ? 2020", "UTC", "Europe/Oslo",
            "Entra ID", "Fuzz", "FUZZ", "Fu\u200bzz", "e\u0301", "\u0130\u0130\u0130");

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> chars = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u0000', '\u001f')
                .withChars('\u007f', '\u0085', '\u009b', '\u00ad', '\u0301', '\u0130', '\u200b', '\u200d', '\u202e',
                        '\u2066', '\u2028', '\ufeff', '\ud800', '\udc00', '\uffff', '\u3164', '"', '\\', '%')
                .ofMaxLength(300);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(3, chars),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(250).ofMaxLength(70_000)));
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e3", "3651", "2147483648",
                        "9223372036854775808", "-0", "{}", "[]"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(40),
                hostileText().map(ApiFuzzTest::quoted));
        if (depth <= 0) {
            return scalars;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), value(depth - 1)).as(ApiFuzzTest::member)
                .list().ofMaxSize(5).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> members = Combinators.combine(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, Arbitraries.of(FIELDS)), net.jqwik.api.Tuple.of(1, hostileText())),
                value(2)).as(ApiFuzzTest::member).list().ofMaxSize(14).map(list -> "{" + String.join(",", list) + "}");
        Arbitrary<String> mutation = Arbitraries.of("none", "trailing", "truncate", "nest", "duplicate", "garbage",
                "empty");
        return Combinators.combine(members, mutation, Arbitraries.integers().between(1, 3000)).as(ApiFuzzTest::mutate);
    }

    private static String mutate(String body, String how, int n) {
        switch (how) {
            case "trailing":
                return body + (n % 2 == 0 ? " {}" : "x");
            case "truncate":
                return body.substring(0, Math.min(body.length(), n % Math.max(1, body.length())));
            case "nest":
                return "{\"name\":" + "[".repeat(n) + "]".repeat(n % 3 == 0 ? 0 : n) + "}";
            case "duplicate":
                return body.length() > 2 ? "{\"action\":\"REPORT_ONLY\",\"action\":\"DEACTIVATE\"," + body.substring(1)
                        : body;
            case "garbage":
                return body.substring(0, body.length() / 2) + "\u0000'\u001b" + body.substring(body.length() / 2);
            case "empty":
                return n % 2 == 0 ? "" : "null";
            default:
                return body;
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of("start", "limit",
                "query", "cron", "timeZone")), net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().ofMaxLength(8)));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("abc", "1e3", "-1", "0", "1", "100", "1001", "2147483648", "99999999999999999999", "",
                        "+5", " 5", "0x10", "5.0", "%zz", "%", "%E0%A4%A", "%C3%28", "%00", "%1B", "%E2%80%8B",
                        "0+0+3+*+*+%3F", "*+*+*+*+*+%3F", "Europe%2FOslo", "Mars%2FBase"),
                Arbitraries.longs().map(String::valueOf),
                hostileText().map(ApiFuzzTest::percentEncoded));
        return Combinators.combine(name, value).as((n, v) -> n + "=" + v).list().ofMaxSize(4)
                .map(pairs -> String.join("&", pairs));
    }

    private static String member(String key, String value) {
        return quoted(key) + ":" + value;
    }

    /** A JSON string literal, escaping what JSON requires (lone surrogates pass as escapes). */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends the request as written, over a plain socket: Java's HTTP client refuses malformed
     * request targets, which are among what is tried here. HTTP/1.0, so that the answer is not
     * chunked and its body is what follows the headers.
     */
    private static Answer raw(String method, String target, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String auth = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        String head = method + " " + HOST.contextPath() + target + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + "\r\nAccept: application/json\r\nConnection: close\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", HOST.server().port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int end = response.indexOf("\r\n\r\n");
            String headers = end < 0 ? response : response.substring(0, end);
            String contentType = null;
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
            }
            String payload = end < 0 ? "" : response.substring(end + 4);
            return new Answer(status, contentType, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
