package io.usercleanup.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * The API's own XSRF rule: a state-changing request with a type an HTML form can send
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain})
 * and without {@code X-Atlassian-Token: no-check} is refused with {@code 403} before anything
 * else looks at it. A page on another site can make a browser send such a request without
 * asking first; Jira's REST module refuses it for POST only and merely logs PUT and DELETE, so
 * the plugin does not rely on it. It runs before resource matching, so that Jersey's own
 * refusal of the type ({@code 415}) cannot answer first.
 */
@Provider
@PreMatching
public class FormXsrfFilter implements ContainerRequestFilter {
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String TOKEN_HEADER = "X-Atlassian-Token";

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            return;
        }
        String typeName = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (FORM_TYPES.contains(typeName) && !hasToken(request.getHeaderString(TOKEN_HEADER))) {
            request.abortWith(ErrorMapper.refusal(Response.Status.FORBIDDEN,
                    "XSRF check failed: a request of type " + typeName + " changes nothing without the header "
                            + TOKEN_HEADER + ": no-check."));
        }
    }

    /** As Jira reads the token: {@code no-check}, or the deprecated {@code nocheck}, in any case. */
    private static boolean hasToken(String header) {
        String value = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        return value.equals("no-check") || value.equals("nocheck");
    }
}
