package io.usercleanup.devhost.web;

import io.usercleanup.devhost.Accounts;
import io.usercleanup.devhost.HostAccess;
import io.usercleanup.devhost.RemoteUser;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The host's access check in front of one servlet module, as Jira 10 makes it from the servlet's
 * {@code com.atlassian.annotations.security} annotation ({@link HostAccess}), before the servlet
 * runs. A page is for people in a browser, so a visitor who is not logged in is sent to the login
 * page and back, as Jira does for every page that needs a login; a logged-in user who may not see
 * it gets the host's own {@code 403} page.
 */
final class ServletAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The body of the host's {@code 403} page; constant, nothing from the request is in it. */
    static final String FORBIDDEN_PAGE = "<!DOCTYPE html>\n<html><head><title>Forbidden (403)</title></head>"
            + "<body><h1>Forbidden (403)</h1><p>You do not have permission to view this page.</p></body></html>\n";

    private final Class<?> servletClass;
    private final transient Accounts accounts;
    private final transient DevHostLogin login;

    ServletAccessFilter(Class<?> servletClass, Accounts accounts, DevHostLogin login) {
        this.servletClass = Objects.requireNonNull(servletClass, "servletClass");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.login = Objects.requireNonNull(login, "login");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HostAccess access = HostAccess.ofServlet(servletClass, request.getMethod());
        switch (access.judge(RemoteUser.of(request), accounts)) {
            case NOT_LOGGED_IN -> {
                String query = request.getQueryString();
                response.sendRedirect(login.getLoginUri(URI.create(request.getRequestURI()
                        + (query == null ? "" : "?" + query))).toASCIIString());
            }
            case NOT_PERMITTED -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/html; charset=UTF-8");
                response.getOutputStream().write(FORBIDDEN_PAGE.getBytes(StandardCharsets.UTF_8));
            }
            default -> chain.doFilter(request, response);
        }
    }
}
