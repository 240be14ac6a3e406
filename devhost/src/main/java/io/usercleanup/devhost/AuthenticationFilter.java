package io.usercleanup.devhost;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates requests as Seraph does for REST and pages: HTTP Basic credentials, or the user
 * logged in to the session, or else the user of a valid "remember me" cookie
 * ({@link RememberMeCookie}), who then gets a session. Wrong Basic credentials are refused with
 * {@code 401}; no credentials leave the request anonymous, for the plugin to refuse.
 */
final class AuthenticationFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient Accounts accounts;
    private final transient RememberMeCookie rememberMe;

    AuthenticationFilter(Accounts accounts, RememberMeCookie rememberMe) {
        this.accounts = accounts;
        this.rememberMe = rememberMe;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = null;
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            username = basicUser(header.substring(6).strip());
            if (username == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"Jira\"");
                response.setContentType(HostAnswers.JSON);
                response.getOutputStream().write(HostAnswers.body("Wrong username or password")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            username = session == null ? null : (String) session.getAttribute(Accounts.SESSION_ATTRIBUTE);
            if (username == null) {
                username = rememberMe.username(request);
                if (username != null) {
                    request.getSession(true).setAttribute(Accounts.SESSION_ATTRIBUTE, username);
                }
            }
        }
        try {
            RemoteUser.set(request, username);
            chain.doFilter(request, response);
        } finally {
            RemoteUser.clear();
        }
    }

    private String basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String username = decoded.substring(0, colon);
        return accounts.authenticate(username, decoded.substring(colon + 1)) ? username : null;
    }
}
