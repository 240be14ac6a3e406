package io.usercleanup.devhost;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's REST XSRF rule: a state-changing request with a content type that a form on another
 * site could send (form-encoded, multipart, plain text) is refused with {@code 403} unless it
 * carries {@code X-Atlassian-Token: no-check}, before it reaches any resource.
 */
public final class XsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The body's message of a refused request. */
    public static final String MESSAGE = "XSRF check failed";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod()) && isFormType(request.getContentType())
                && !"no-check".equalsIgnoreCase(request.getHeader("X-Atlassian-Token"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(HostAnswers.JSON);
            response.getOutputStream().write(HostAnswers.body(MESSAGE).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }
}
