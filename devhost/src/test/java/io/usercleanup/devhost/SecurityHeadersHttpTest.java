package io.usercleanup.devhost;

import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.http.HttpClientForTests;
import io.usercleanup.devhost.http.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's security headers on every kind of dev host response, and its session cookie, over HTTP
 * (Confluence's are the same, and the dev host plays them alike).
 */
class SecurityHeadersHttpTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    /** The product's login page: Jira's /login.jsp, Confluence's /login.action. */
    private static final String LOGIN = HOST.product().loginPath();
    private static final String RESOURCES = "/download/resources/io.usercleanup.user-cleanup:admin-resources/";

    private final HttpClientForTests http = HOST.client();

    private static void assertJirasHeaders(Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
        assertThat(answer.header("X-XSS-Protection")).isEqualTo("1; mode=block");
        assertThat(answer.header("Strict-Transport-Security")).as("only on https").isNull();
        assertThat(answer.raw().headers().allValues("X-Frame-Options")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(nullValues = "-", value = {
        "GET,/plugins/servlet/user-cleanup/admin,admin,200",
        "GET,/plugins/servlet/user-cleanup/cleanups,-,302",
        "GET,/plugins/servlet/user-cleanup/cleanups,user,403",
        "GET,{login},-,200",
        "GET,/status,-,200",
        "GET,/rest/user-cleanup/1.0/idps,admin,200",
        "GET,/rest/user-cleanup/1.0/idps,-,401",
        "GET,/rest/user-cleanup/1.0/idps,admin:wrong,401",
        "GET,/rest/user-cleanup/1.0/idps/99,admin,404",
        "GET,/rest/user-cleanup/1.0/nothing-here,admin,404",
        "POST,/rest/user-cleanup/1.0/idps,admin,403",
        "GET," + RESOURCES + "user-cleanup-admin.js,-,200",
        "GET," + RESOURCES + "user-cleanup-admin.css,-,200",
        "GET," + RESOURCES + "missing.js,-,404",
        "GET,/devhost/aui/@atlassian/aui/dist/aui/aui-prototyping.css,-,200",
        "GET,/devhost/aui/nothing.css,-,404",
    })
    void everyResponse_carriesJirasSecurityHeaders(String method, String path, String user, int status) {
        HttpRequest.Builder request = http.request(path.replace("{login}", LOGIN), user);
        Answer answer = http.send(method.equals("POST")
                ? request.POST(HttpRequest.BodyPublishers.ofString("name=x")).header("Content-Type",
                        "application/x-www-form-urlencoded").build()
                : request.GET().build());

        assertThat(answer.status()).isEqualTo(status);
        assertJirasHeaders(answer);
    }

    @Test
    void theSessionCookie_isJirasJsessionid_httpOnly_sameSiteLax_forTheContextPath_andNotSecureOverHttp() {
        Answer login = http.send(http.request(LOGIN, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=admin"
                        + "&os_destination=%2F" + HOST.product().key() + "%2Fplugins%2Fservlet%2Fuser-cleanup%2Fadmin")).build());

        assertThat(login.status()).isEqualTo(302);
        List<String> cookies = login.raw().headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        String cookie = cookies.get(0);
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertThat(attributes.get(0)).matches("JSESSIONID=[^;]+");
        assertThat(attributes).contains("Path=" + HOST.contextPath(), "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertJirasHeaders(login);

        Answer page = http.send(http.request("/plugins/servlet/user-cleanup/admin", null)
                .header("Cookie", attributes.get(0)).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertJirasHeaders(page);
    }

    @Test
    void aFailedLogin_setsNoSessionCookie() {
        Answer login = http.send(http.request(LOGIN, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=wrong")).build());

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertJirasHeaders(login);
    }
}
