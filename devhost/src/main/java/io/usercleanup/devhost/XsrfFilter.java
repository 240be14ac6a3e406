package io.usercleanup.devhost;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * The XSRF rule of Atlassian's REST module (7.1.9, {@code XsrfResourceFilter}), in front of the
 * plugin's REST resources. Only a mutative method (anything but GET, HEAD, OPTIONS, TRACE) is
 * looked at, and only POST is ever refused, because a page on another site can send no other
 * method without the browser's CORS preflight:
 * <ol>
 *     <li>A POST from a browser (its {@code User-Agent} names one, see {@link BrowserUserAgents})
 *     must come from this origin: its {@code Referer} (without the query) or its {@code Origin}
 *     has the request URL's scheme, host and port, or {@code Origin} is a browser extension.</li>
 *     <li>A POST that passes that, and any POST from anything else, with no {@code Content-Type}
 *     or a type an HTML form can send (form-encoded, multipart, plain text) must carry
 *     {@code X-Atlassian-Token: no-check} (any case; {@code nocheck} is accepted as deprecated).</li>
 *     <li>PUT, DELETE and other mutative methods that fail either check are let through and
 *     logged, as Jira logs "XSRF failure not being enforced".</li>
 * </ol>
 * A refusal is Jira's: {@code 403} with the text body {@code XSRF check failed}, before any
 * resource runs. Not played: form tokens ({@code atl_token}), CORS allow-lists (the dev host has
 * none), and {@code @XsrfProtectionExcluded} / {@code @RequiresXsrfCheck} (the plugin uses neither).
 */
final class XsrfFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(XsrfFilter.class);
    /** Jira's failure body: the entity of the REST module's {@code XsrfCheckFailedException}. */
    static final String FAILURE_BODY = "XSRF check failed";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    private static final Set<String> EXTENSION_SCHEMES = Set.of("chrome-extension", "safari-extension");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE_METHODS.contains(method)) {
            chain.doFilter(request, response);
            return;
        }
        boolean post = "POST".equals(method);
        String failure = failure(request);
        if (failure != null && post) {
            LOG.warn("XSRF check failed for {} {}: {}", method, request.getRequestURI(), failure);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(FAILURE_BODY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (failure != null) {
            LOG.warn("XSRF failure not being enforced for {} {}: {}", method, request.getRequestURI(), failure);
        }
        chain.doFilter(request, response);
    }

    /** Why the request fails Jira's checks, or {@code null} when it passes them. */
    private static String failure(HttpServletRequest request) {
        boolean hasToken = hasToken(request);
        String userAgent = request.getHeader("User-Agent");
        boolean fromBrowser = BrowserUserAgents.isBrowser(userAgent)
                && !(hasToken && BrowserUserAgents.isInternetExplorer(userAgent));
        if (fromBrowser && !sameOriginOrExtension(request)) {
            return "a browser's request from another origin (Origin " + request.getHeader("Origin") + ", Referer "
                    + withoutQuery(request.getHeader("Referer")) + ")";
        }
        if (isFormOrMissing(request.getContentType()) && !hasToken) {
            return "content type " + request.getContentType() + " without X-Atlassian-Token: no-check";
        }
        return null;
    }

    private static boolean hasToken(HttpServletRequest request) {
        String token = request.getHeader("X-Atlassian-Token");
        if (token == null) {
            return false;
        }
        if ("nocheck".equalsIgnoreCase(token)) {
            LOG.warn("X-Atlassian-Token: nocheck is deprecated (since REST 3.0.0); send no-check");
            return true;
        }
        return "no-check".equalsIgnoreCase(token);
    }

    private static boolean sameOriginOrExtension(HttpServletRequest request) {
        String requestUrl = request.getRequestURL().toString();
        String origin = request.getHeader("Origin");
        return SameOrigin.isSameOrigin(withoutQuery(request.getHeader("Referer")), requestUrl)
                || SameOrigin.isSameOrigin(origin, requestUrl)
                || isBrowserExtension(origin);
    }

    private static boolean isBrowserExtension(String origin) {
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(origin);
            return !uri.isOpaque() && uri.getScheme() != null && EXTENSION_SCHEMES.contains(uri.getScheme());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static boolean isFormOrMissing(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }
}
