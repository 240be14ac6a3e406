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
 * Authenticates requests as Seraph does for REST and pages: HTTP Basic credentials, a personal
 * access token ({@code Authorization: Bearer}, {@link PersonalAccessTokens}), the user logged in
 * to the session, or else the user of a valid "remember me" cookie ({@link RememberMeCookie}), who
 * then gets a session. Wrong Basic credentials and an unknown, expired or revoked token are refused with
 * {@code 401}, as is a request with more than one {@code Authorization} header; no credentials
 * leave the request anonymous, for the plugin to refuse.
 */
final class AuthenticationFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The request attribute that marks a request authenticated by a personal access token. */
    private static final String BY_TOKEN = AuthenticationFilter.class.getName() + ".token";
    static final String BAD_TOKEN = "The personal access token is unknown, expired or revoked";
    static final String TWO_CREDENTIALS = "Send one Authorization header";

    private final transient Accounts accounts;
    private final transient PersonalAccessTokens tokens;
    private final transient RememberMeCookie rememberMe;

    AuthenticationFilter(Accounts accounts, PersonalAccessTokens tokens, RememberMeCookie rememberMe) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.rememberMe = rememberMe;
    }

    /** Whether the request was authenticated by a personal access token. */
    static boolean byToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BY_TOKEN));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = null;
        String header = request.getHeader("Authorization");
        if (header != null && java.util.Collections.list(request.getHeaders("Authorization")).size() > 1) {
            refuse(response, "Basic", TWO_CREDENTIALS);
            return;
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            username = basicUser(header.substring(6).strip());
            if (username == null) {
                refuse(response, "Basic", "Wrong username or password");
                return;
            }
        } else if (header != null && (header.strip().equalsIgnoreCase("Bearer")
                || header.regionMatches(true, 0, "Bearer ", 0, 7))) {
            username = tokens.owner(header.strip().substring(6).strip());
            if (username == null || accounts.fullName(username) == null) {
                refuse(response, "Bearer", BAD_TOKEN);
                return;
            }
            request.setAttribute(BY_TOKEN, Boolean.TRUE);
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

    private static void refuse(HttpServletResponse response, String scheme, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", scheme + " realm=\"Jira\"");
        response.setContentType(HostAnswers.JSON);
        response.getOutputStream().write(HostAnswers.body(message).getBytes(StandardCharsets.UTF_8));
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
