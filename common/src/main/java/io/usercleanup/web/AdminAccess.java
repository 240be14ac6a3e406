package io.usercleanup.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Lets only system administrators in a secure administrator session (WebSudo) onto the admin
 * pages: anyone not logged in is sent to the login page and back, other users get {@code 403},
 * and an administrator without a WebSudo session is asked for the password again by the host.
 */
public class AdminAccess {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;

    public AdminAccess(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.loginUriProvider = Objects.requireNonNull(loginUriProvider, "loginUriProvider");
        this.webSudoManager = Objects.requireNonNull(webSudoManager, "webSudoManager");
    }

    /**
     * Whether the request may see the page; when not, the response has been dealt with
     * (a redirect, or {@code 403}).
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // SAL's caller of the current request: the form without a servlet type links on both platforms.
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(currentUri(request)).toASCIIString());
            return false;
        }
        if (!userManager.isSystemAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only system administrators can use User Cleanup.");
            return false;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    private static URI currentUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
