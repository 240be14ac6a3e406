package io.usercleanup.devhost;

import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Same origin as Jira's REST module decides it (atlassian-http 3.0.3 {@code SameOrigin}): both
 * absolute, hierarchical URLs with the same scheme, the same host (ignoring case, IDN-normalised)
 * and the same port, a missing port counting as the scheme's default. Anything unparsable is not
 * the same origin.
 */
final class SameOrigin {
    private SameOrigin() {
    }

    static boolean isSameOrigin(String url, String requestUrl) {
        if (url == null || url.isEmpty() || requestUrl == null) {
            return false;
        }
        try {
            URI a = new URI(url);
            URI b = new URI(requestUrl);
            if (!a.isAbsolute() || !b.isAbsolute() || a.isOpaque() || b.isOpaque()) {
                return false;
            }
            return Objects.equals(a.getScheme(), b.getScheme()) && port(a) == port(b)
                    && Objects.equals(host(a), host(b));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        try {
            return uri.toURL().getDefaultPort();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null && uri.getAuthority() != null) {
            String authority = uri.getAuthority();
            host = authority.contains(":") ? authority.substring(0, authority.indexOf(':')) : authority;
        }
        if (host == null) {
            return null;
        }
        String ascii = IDN.toASCII(host).toLowerCase(Locale.US);
        return IDN.toUnicode(ascii).equals(host.toLowerCase(Locale.US)) ? ascii : host;
    }
}
