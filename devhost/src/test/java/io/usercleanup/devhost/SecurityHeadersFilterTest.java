package io.usercleanup.devhost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter alone, for what the dev host cannot show over its own http: Strict-Transport-Security
 * on https only, with a request that says it came over https (as behind a TLS-terminating proxy);
 * and which headers each product puts on pages and on REST.
 */
class SecurityHeadersFilterTest {
    private static final ClassLoader LOADER = SecurityHeadersFilterTest.class.getClassLoader();

    private static Map<String, String> headersFor(boolean secure) throws Exception {
        return headersFor(DevHostProduct.JIRA, "/jira/plugins/servlet/user-cleanup/admin", secure);
    }

    private static Map<String, String> headersFor(DevHostProduct product, String uri, boolean secure)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(LOADER,
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> product.contextPath();
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(LOADER,
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        boolean[] passedOn = {false};
        new SecurityHeadersFilter(product).doFilter(request, response, (req, res) -> passedOn[0] = true);
        assertThat(passedOn[0]).as("the request goes on to the chain").isTrue();
        return headers;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theFourHeaders_onEveryRequest(boolean secure) throws Exception {
        assertThat(headersFor(secure)).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "SAMEORIGIN")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'self'")
                .containsEntry("X-XSS-Protection", "1; mode=block");
    }

    @Test
    void hsts_onlyOverHttps() throws Exception {
        assertThat(headersFor(true)).containsEntry("Strict-Transport-Security", "max-age=31536000");
        assertThat(headersFor(false)).doesNotContainKey("Strict-Transport-Security");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/confluence/rest/user-cleanup/1.0/idps", "/confluence/rest/other/1/x"})
    void confluenceRest_carriesOnlyTheRestModulesNosniff(String uri) throws Exception {
        assertThat(headersFor(DevHostProduct.CONFLUENCE, uri, false))
                .containsExactly(Map.entry("X-Content-Type-Options", "nosniff"));
        assertThat(headersFor(DevHostProduct.CONFLUENCE, uri, true))
                .containsOnlyKeys("X-Content-Type-Options", "Strict-Transport-Security");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/confluence/plugins/servlet/user-cleanup/admin", "/confluence/login.action",
        "/confluence/restful", "/confluence/plugins/servlet/rest/x"})
    void confluenceOutsideRest_carriesTheFour(String uri) throws Exception {
        assertThat(headersFor(DevHostProduct.CONFLUENCE, uri, false)).containsOnlyKeys("X-Content-Type-Options",
                "X-Frame-Options", "Content-Security-Policy", "X-XSS-Protection");
    }

    @Test
    void jiraRest_carriesTheFour() throws Exception {
        assertThat(headersFor(DevHostProduct.JIRA, "/jira/rest/user-cleanup/1.0/idps", false)).containsOnlyKeys(
                "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "X-XSS-Protection");
    }
}
