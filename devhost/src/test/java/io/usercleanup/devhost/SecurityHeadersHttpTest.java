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
 * The product's security headers on every kind of dev host response, its session cookie and its
 * remember-me cookie, over HTTP, on the test run's product: Jira sends the four headers on every
 * response, Confluence only {@code X-Content-Type-Options} on REST (docs/dev-host.md).
 */
class SecurityHeadersHttpTest {
    @RegisterExtension
    static final DevHostExtension HOST = new DevHostExtension("/fixtures/contract-directory.json",
            Instant.parse("2026-11-23T12:00:00Z"));
    /** The product's login page: Jira's /login.jsp, Confluence's /login.action. */
    private static final String LOGIN = HOST.product().loginPath();
    private static final String RESOURCES = "/download/resources/io.usercleanup.user-cleanup:admin-resources/";

    private final HttpClientForTests http = HOST.client();

    private static void assertProductsHeaders(Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Strict-Transport-Security")).as("only on https").isNull();
        boolean confluenceRest = HOST.product() == DevHostProduct.CONFLUENCE
                && answer.raw().uri().getPath().startsWith(HOST.contextPath() + "/rest/");
        if (confluenceRest) {
            assertThat(answer.header("X-Frame-Options")).isNull();
            assertThat(answer.header("Content-Security-Policy")).isNull();
            assertThat(answer.header("X-XSS-Protection")).isNull();
            return;
        }
        assertThat(answer.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
        assertThat(answer.header("X-XSS-Protection")).isEqualTo("1; mode=block");
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
    void everyResponse_carriesTheProductsSecurityHeaders(String method, String path, String user, int status) {
        HttpRequest.Builder request = http.request(path.replace("{login}", LOGIN), user);
        Answer answer = http.send(method.equals("POST")
                ? request.POST(HttpRequest.BodyPublishers.ofString("name=x")).header("Content-Type",
                        "application/x-www-form-urlencoded").build()
                : request.GET().build());

        assertThat(answer.status()).isEqualTo(status);
        assertProductsHeaders(answer);
    }

    @Test
    void theSessionCookie_isTomcatsJsessionid_httpOnly_sameSiteLax_forTheContextPath_andNotSecureOverHttp() {
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
        assertProductsHeaders(login);

        Answer page = http.send(http.request("/plugins/servlet/user-cleanup/admin", null)
                .header("Cookie", attributes.get(0)).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertProductsHeaders(page);
    }

    @Test
    void aFailedLogin_setsNoSessionCookie() {
        Answer login = http.send(http.request(LOGIN, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=wrong")).build());

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertProductsHeaders(login);
    }

    private Answer logIn(String form) {
        return http.send(http.request(LOGIN, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&os_destination=%2F" + HOST.product().key()
                        + "%2Fplugins%2Fservlet%2Fuser-cleanup%2Fadmin")).build());
    }

    private static List<String> cookie(Answer answer, String name) {
        return answer.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().map(c -> List.of(c.split(";\\s*"))).orElse(List.of());
    }

    private Answer adminPageWith(String cookie) {
        return http.send(http.request("/plugins/servlet/user-cleanup/admin", null).header("Cookie", cookie).GET().build());
    }

    @Test
    void rememberMe_setsTheProductsSeraphCookie_whichLogsInWithoutASession_untilLogout() {
        String name = HOST.product().rememberMeCookie();
        Answer login = logIn("os_username=admin&os_password=admin&os_cookie=true");

        assertThat(login.status()).isEqualTo(302);
        List<String> remember = cookie(login, name);
        assertThat(remember).as("Set-Cookie " + name).isNotEmpty();
        assertThat(remember.get(0)).matches(java.util.regex.Pattern.quote(name) + "=\\d+:[A-Za-z0-9_-]{32}");
        assertThat(remember).contains("Path=" + HOST.contextPath(), "HttpOnly", "Max-Age=1209600")
                .doesNotContain("Secure");
        assertThat(cookie(login, "JSESSIONID")).isNotEmpty();

        // a browser that kept only the long-lived cookie is logged in again, with a new session
        Answer page = adminPageWith(remember.get(0));
        assertThat(page.status()).isEqualTo(200);
        assertThat(cookie(page, "JSESSIONID")).as("a session for the remembered user").isNotEmpty();

        // logging out forgets the token and clears the cookie
        Answer logout = http.send(http.request("/logout", null).header("Cookie", remember.get(0)).GET().build());
        List<String> cleared = cookie(logout, name);
        assertThat(cleared).isNotEmpty();
        assertThat(cleared.get(0)).isEqualTo(name + "=");
        // Jetty 9 writes Max-Age=0, Jetty 12 an Expires in 1970: either makes a browser drop it (RFC 6265)
        assertThat(cleared).as("an expired cookie").anyMatch(attribute -> attribute.equals("Max-Age=0")
                || attribute.equals("Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertThat(adminPageWith(remember.get(0)).status()).as("the token after logout").isEqualTo(302);
    }

    @Test
    void aLoginWithoutRememberMe_setsOnlyTheSessionCookie_andAForgedTokenLogsNobodyIn() {
        String name = HOST.product().rememberMeCookie();
        Answer login = logIn("os_username=admin&os_password=admin");

        assertThat(cookie(login, name)).isEmpty();
        Answer remembered = logIn("os_username=user&os_password=user&os_cookie=true");
        String token = cookie(remembered, name).get(0);
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(adminPageWith(forged).status()).isEqualTo(302);
        assertThat(adminPageWith(name + "=not-a-token").status()).isEqualTo(302);
        assertThat(adminPageWith(token.replaceFirst("=\\d+:", "=999999:")).status()).isEqualTo(302);
        // user is licensed but no administrator: the cookie logs them in, the page refuses them
        assertThat(adminPageWith(token).status()).isEqualTo(403);
    }

    @Test
    void theLoginPage_offersRememberMe_asSeraphsOsCookie() {
        Answer page = http.get(LOGIN, null);

        assertThat(page.text()).contains("name=\"os_cookie\"", "value=\"true\"");
    }
}
