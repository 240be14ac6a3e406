package io.usercleanup.devhost.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.page.PageCapability;
import com.atlassian.sal.api.user.UserRole;
import com.atlassian.sal.api.websudo.WebSudoManager;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * Where the dev host sends people to log in ({@code /jira/login.jsp?os_destination=...} as Jira does,
 * {@code /confluence/login.action?os_destination=...} as Confluence does), and its WebSudo: a dev host session counts as a secure administrator session,
 * because its only administrator has just typed the password to log in.
 */
final class DevHostLogin implements LoginUriProvider, WebSudoManager {
    private final String contextPath;
    private final String loginPath;

    DevHostLogin(String contextPath, String loginPath) {
        this.contextPath = contextPath;
        this.loginPath = loginPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(contextPath + loginPath + "?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }

    @Override
    public URI getLoginUri(URI returnUri, EnumSet<PageCapability> pageCaps) {
        return getLoginUri(returnUri);
    }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role) {
        return getLoginUri(returnUri);
    }

    @Override
    public URI getLoginUriForRole(URI returnUri, UserRole role, EnumSet<PageCapability> pageCaps) {
        return getLoginUri(returnUri);
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return true;
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.sendRedirect(getLoginUri(URI.create(request.getRequestURI())).toASCIIString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) {
        // Every logged-in dev host session is a secure administrator session; see the class comment.
    }
}
