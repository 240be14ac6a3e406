package io.usercleanup.devhost;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers Jira puts on every response, set before anything else answers so that
 * pages, REST (errors included) and static files all carry them: {@code X-Content-Type-Options:
 * nosniff}, the clickjacking pair {@code X-Frame-Options: SAMEORIGIN} and
 * {@code Content-Security-Policy: frame-ancestors 'self'}, {@code X-XSS-Protection: 1; mode=block},
 * and on https only {@code Strict-Transport-Security} (the dev host serves http, so a browser never
 * sees it from here). Sources are in docs/dev-host.md.
 */
final class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        response.setHeader("X-XSS-Protection", "1; mode=block");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
