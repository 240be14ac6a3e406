package io.usercleanup.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over HTTP: every bad request is a {@code 400} (or the container's status) with
 * the API's JSON error body naming what, where and why, and nothing is saved or started.
 */
class StrictInputApiTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    private static final String API = "/rest/user-cleanup/1.0";
    private static final String CLEANUPS = API + "/cleanups";

    private static HttpClientForTests http;

    @BeforeAll
    static void client() {
        http = HOST.client();
    }

    @BeforeEach
    void deleteAll() {
        for (JsonNode cleanup : http.get(CLEANUPS, "admin").json()) {
            http.delete(CLEANUPS + "/" + cleanup.get("id").asLong(), "admin");
        }
        http.put(API + "/settings", "admin", "{\"historyRetentionDays\":365,\"minimumScheduleIntervalMinutes\":60}");
    }

    private static String cleanup(String name, String cron) {
        return "{\"name\":" + name + ",\"groups\":[\"jira-software-users\"],\"inactiveDays\":90,"
                + "\"action\":\"REPORT_ONLY\"" + (cron == null ? "" : ",\"schedule\":{\"cron\":\"" + cron
                + "\",\"timeZone\":\"Europe/Oslo\"}") + "}";
    }

    private static String error(Answer answer) {
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode error = answer.json().get("errors").get(0);
        return (error.has("field") ? error.get("field").asText() : "-") + ": " + error.get("message").asText();
    }

    private static long created(String body) {
        Answer answer = http.post(CLEANUPS, "admin", body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    @Test
    void dryRun_isRequired_andMustBeABoolean_startingNothingOtherwise() {
        long id = created(cleanup("\"Runs\"", null));
        String runs = CLEANUPS + "/" + id + "/runs";

        assertThat(error(http.post(runs, "admin", "{}"))).isEqualTo("dryRun: Required: true or false.");
        assertThat(error(http.post(runs, "admin", "{\"dryRun\":null}"))).isEqualTo("dryRun: Required: true or false.");
        assertThat(error(http.post(runs, "admin", "{\"dryRun\":0}"))).isEqualTo("dryRun: Must be true or false.");
        assertThat(error(http.post(runs, "admin", "{\"dryRun\":\"false\"}"))).isEqualTo("dryRun: Must be true or false.");
        assertThat(http.get(runs, "admin").json()).isEmpty();

        Answer dry = http.post(runs, "admin", "{\"dryRun\":true}");
        assertThat(dry.status()).isEqualTo(202);
        assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
    }

    @Test
    void json_isStrict_trailingContentDuplicateKeysDepthNumbersAndSize() {
        String body = cleanup("\"Strict\"", null);

        assertThat(error(http.post(CLEANUPS, "admin", body + " {}"))).startsWith("-: The request body has more after"
                + " its JSON object (line 1, column ");
        assertThat(error(http.post(CLEANUPS, "admin", body.replace("\"action\":\"REPORT_ONLY\"",
                "\"action\":\"REPORT_ONLY\",\"action\":\"DEACTIVATE\""))))
                .startsWith("-: The request body is not valid JSON: Duplicate field 'action' (line 1, column ");
        assertThat(error(http.post(CLEANUPS, "admin", "{\"a\":" + "[".repeat(8) + "]".repeat(8) + "}")))
                .isEqualTo("-: The request body is over a limit: objects and lists may be nested at most 8 levels deep.");
        assertThat(error(http.post(CLEANUPS, "admin", "[".repeat(100_000))))
                .isEqualTo("-: The request body is over a limit: objects and lists may be nested at most 8 levels deep.");
        assertThat(error(http.post(CLEANUPS, "admin", body.replace("90", "9".repeat(30)))))
                .startsWith("-: The request body is over a limit").endsWith("a number may have at most 20 digits.");
        assertThat(error(http.post(CLEANUPS, "admin", body.replace("\"Strict\"", "\"" + "x".repeat(70_000) + "\""))))
                .startsWith("-: The request body is over a limit").endsWith("a string may be at most 65536 characters long.");
        assertThat(error(http.post(CLEANUPS, "admin", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}")))
                .isEqualTo("-: The request body is 1100011 characters long; at most 1048576 are allowed.");
        assertThat(http.get(CLEANUPS, "admin").json()).isEmpty();
    }

    @Test
    void names_areNormalisedAndTrimmed_andRefusedWithControlOrInvisibleCharacters() {
        long id = created(cleanup("\"  Caf\\u0065\\u0301  \"", null));
        assertThat(http.get(CLEANUPS + "/" + id, "admin").json().get("name").asText()).isEqualTo("Caf\u00e9");

        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"CAF\\u00c9\"", null))))
                .isEqualTo("name: Another cleanup is already called 'Café'.");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"a\\u0000b\"", null))))
                .isEqualTo("name: Must not contain control characters; it has U+0000 (NULL) at character 2.");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"line\\r\\nbreak\"", null))))
                .startsWith("name: Must not contain control characters; it has U+000D");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Caf\\u00e9\\u200b\"", null))))
                .isEqualTo("name: Must not contain invisible or formatting characters; it has U+200B (ZERO WIDTH SPACE)"
                        + " at character 5.");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"\\u202eevil\"", null)))).startsWith("name: Must not"
                + " contain invisible or formatting characters; it has U+202E");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Good\"", null)
                .replace("\"jira-software-users\"", "\"jira-software-users\\u001b\""))))
                .startsWith("groups: Must not contain control characters; it has U+001B");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Good\"", null)
                .replace("\"inactiveDays\"", "\"excludeUsers\":[\"ad\\u00admin\"],\"inactiveDays\""))))
                .startsWith("excludeUsers: Must not contain invisible or formatting characters; it has U+00AD");
        assertThat(http.get(CLEANUPS, "admin").json()).hasSize(1);
    }

    @Test
    void lengthLimits_applyToWhatIsStored_theNameAndItsLowerCaseKey() {
        // 'İ' is one character, and two in lower case: 200 of them fit the name but not its key.
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"" + "\u0130".repeat(200) + "\"", null))))
                .isEqualTo("name: The name is 400 characters long in lower case; at most 255 are allowed.");
        // 'e' and a combining accent are two characters, stored as one.
        long id = created(cleanup("\"" + "e\u0301".repeat(255) + "\"", null));
        assertThat(http.get(CLEANUPS + "/" + id, "admin").json().get("name").asText()).hasSize(255);
        String cron = "0 0 " + "3,".repeat(150) + "3 * * ?";
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Cron\"", cron))))
                .isEqualTo("schedule.cron: The cron expression is " + cron.length()
                        + " characters long; at most 255 are allowed.");
    }

    @Test
    void schedules_thatNeverFireOrFireTooOften_areRefused_andTheMinimumIsASetting() {
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Never\"", "0 0 0 30 2 ?"))))
                .startsWith("schedule.cron: '0 0 0 30 2 ?' never fires after 2026-11-23T12:00:00Z in Europe/Oslo;");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Past\"", "0 0 0 1 1 ? 2020"))))
                .startsWith("schedule.cron: '0 0 0 1 1 ? 2020' never fires");
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Seconds\"", "* * * * * ?"))))
                .isEqualTo("schedule.cron: '* * * * * ?' fires at 2026-11-23T12:00:01Z and again 1 second later"
                        + " (Europe/Oslo); runs must be at least 1 hour apart (the setting minimumScheduleIntervalMinutes).");
        // Daily at 3:00 and 3:30: the text looks daily, the firing times are 30 minutes apart.
        assertThat(error(http.post(CLEANUPS, "admin", cleanup("\"Twice\"", "0 0,30 3 * * ?"))))
                .contains("and again 30 minutes later");
        assertThat(http.get(CLEANUPS, "admin").json()).isEmpty();

        created(cleanup("\"Hourly\"", "0 0 * * * ?"));
        Answer settings = http.put(API + "/settings", "admin",
                "{\"historyRetentionDays\":365,\"minimumScheduleIntervalMinutes\":15}");
        assertThat(settings.text()).isEqualTo("{\"historyRetentionDays\":365,\"minimumScheduleIntervalMinutes\":15}");
        created(cleanup("\"Twice\"", "0 0,30 3 * * ?"));
        assertThat(error(http.put(API + "/settings", "admin",
                "{\"historyRetentionDays\":365,\"minimumScheduleIntervalMinutes\":0}")))
                .isEqualTo("minimumScheduleIntervalMinutes: Must be between 1 and 1440 minutes (a day); it is 0.");
        assertThat(error(http.get(API + "/schedule-preview?cron=0+*+*+*+*+%3F", "admin")))
                .startsWith("schedule.cron: '0 * * * * ?' fires at");
    }

    @Test
    void queryParameters_areParsedByTheApp_400NamingTheParameter() {
        assertThat(error(http.get(API + "/runs/1/users?start=abc", "admin")))
                .isEqualTo("start: Must be a whole number from 0 to 9223372036854775807; it is 'abc'.");
        assertThat(error(http.get(API + "/runs/1/users?limit=1e3", "admin")))
                .isEqualTo("limit: Must be a whole number from 1 to 1000; it is '1e3'.");
        assertThat(error(http.get(API + "/runs/1/users?start=99999999999999999999", "admin")))
                .startsWith("start: Must be a whole number from 0 to");
        assertThat(error(http.get(API + "/runs/1/users?limit=0", "admin")))
                .isEqualTo("limit: Must be a whole number from 1 to 1000; it is 0.");
        assertThat(error(http.get(API + "/groups?limit=2147483648", "admin")))
                .isEqualTo("limit: Must be a whole number from 1 to 100; it is 2147483648.");
        assertThat(error(http.get(API + "/groups?limit=5&limit=6", "admin")))
                .isEqualTo("limit: Given 2 times; give it at most once.");
        assertThat(error(http.get(API + "/groups?query=%1B", "admin")))
                .startsWith("query: Must not contain control characters; it has U+001B");
        assertThat(error(http.get(API + "/groups?query=%C3%28", "admin")))
                .startsWith("query: The value is not valid percent-encoded UTF-8");
        assertThat(raw("GET " + HOST.contextPath() + API + "/groups?query=%zz HTTP/1.1"))
                .startsWith("HTTP/1.1 400").contains("\"field\":\"query\"");
        assertThat(http.get(API + "/groups?query=jira&limit=1", "admin").status()).isEqualTo(200);
    }

    @Test
    void containerErrors_haveTheApisJsonBody() {
        Answer unknown = http.get(API + "/nothing-here", "admin");
        Answer badId = http.get(CLEANUPS + "/abc", "admin");
        Answer method = http.sendJson("PATCH", CLEANUPS, "admin", "{}");
        Answer accept = http.send(http.request(CLEANUPS, "admin").header("Accept", "image/png").GET().build());
        Answer media = http.send(http.request(CLEANUPS, "admin").header("Content-Type", "application/xml")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString("<a/>")).build());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("-: There is no such resource; check the path and the id in it.");
        assertThat(badId.status()).isEqualTo(404);
        assertThat(error(badId)).isEqualTo("-: There is no such resource; check the path and the id in it.");
        assertThat(method.status()).isEqualTo(405);
        assertThat(error(method)).startsWith("-: This method is not allowed on this resource; allowed: ");
        assertThat(method.header("Allow")).contains("GET", "POST");
        assertThat(accept.status()).isEqualTo(406);
        assertThat(error(accept)).startsWith("-: The response cannot be given in an accepted media type");
        assertThat(media.status()).isEqualTo(415);
        assertThat(error(media)).isEqualTo("-: The request body must be JSON, sent with Content-Type: application/json.");
        String malformed = raw("GET " + HOST.contextPath() + API + "/runs/1/idp-exports/%E0%A4%A HTTP/1.1");
        assertThat(malformed).startsWith("HTTP/1.1 400").contains("Content-Type: application/json")
                .contains("{\"errors\":[{\"message\":\"The request is malformed");
        // The host's own answers stay the host's.
        assertThat(http.get(CLEANUPS, null).status()).isEqualTo(401);
        assertThat(http.get(CLEANUPS, "user").status()).isEqualTo(403);
    }

    /** A request line sent as it is: Java's HTTP client refuses to send malformed URIs. */
    private static String raw(String requestLine) {
        try (Socket socket = new Socket("127.0.0.1", HOST.server().port())) {
            String auth = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
