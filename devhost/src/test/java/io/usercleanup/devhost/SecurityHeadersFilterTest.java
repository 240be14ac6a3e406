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
 * Strict-Transport-Security on https only: the dev host itself serves http, so this is the filter
 * alone, with a request that says it came over https (as behind a TLS-terminating proxy).
 */
class SecurityHeadersFilterTest {
    private static final ClassLoader LOADER = SecurityHeadersFilterTest.class.getClassLoader();

    private static Map<String, String> headersFor(boolean secure) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(LOADER,
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) ->
                        method.getName().equals("isSecure") ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(LOADER,
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        boolean[] passedOn = {false};
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> passedOn[0] = true);
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
}
