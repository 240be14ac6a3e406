package io.usercleanup.devhost;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;

/**
 * The session cookie as the products' Tomcat sets it, the same for Jira and Confluence (both run
 * on Tomcat and leave the session cookie to it): {@code JSESSIONID}, {@code Path} the context path
 * ({@code /jira}, {@code /confluence}), {@code HttpOnly} (Tomcat's {@code useHttpOnly}, on by
 * default), {@code Secure} only when the request came over https, and {@code SameSite=Lax}, which
 * is what browsers apply to a cookie without the attribute, as Tomcat sends it by default (see
 * docs/dev-host.md). The products' own long-lived login cookie is {@link RememberMeCookie}.
 */
final class SessionCookie {
    static final String NAME = "JSESSIONID";

    private SessionCookie() {
    }

    static void apply(SessionHandler sessions, String contextPath) {
        sessions.setSessionCookie(NAME);
        sessions.getSessionCookieConfig().setPath(contextPath);
        sessions.setHttpOnly(true);
        sessions.setSecureRequestOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
    }
}
