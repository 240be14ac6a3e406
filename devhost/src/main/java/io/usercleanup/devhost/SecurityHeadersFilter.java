package io.usercleanup.devhost;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers the product puts on its responses, set before anything else answers so
 * that pages, REST (errors included) and static files all carry them: {@code X-Content-Type-Options:
 * nosniff}, the clickjacking pair {@code X-Frame-Options: SAMEORIGIN} and
 * {@code Content-Security-Policy: frame-ancestors 'self'}, {@code X-XSS-Protection: 1; mode=block},
 * and on https only {@code Strict-Transport-Security} (the dev host serves http, so a browser never
 * sees it from here). Jira sends them on every response. Confluence sends the four from its
 * actions' interceptor, so its REST responses carry only the REST module's
 * {@code X-Content-Type-Options}; everything else of Confluence's the dev host serves gets all
 * four. Sources are in docs/dev-host.md.
 */
final class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000";

    private final DevHostProduct product;

    SecurityHeadersFilter(DevHostProduct product) {
        this.product = product;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!(product == DevHostProduct.CONFLUENCE && isRest(request))) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
            response.setHeader("X-XSS-Protection", "1; mode=block");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** Under {@code /rest/}, where the REST module answers (also for paths no resource has). */
    private static boolean isRest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/rest/");
    }
}
