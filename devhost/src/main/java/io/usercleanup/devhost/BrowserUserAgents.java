package io.usercleanup.devhost;

import java.util.List;

/**
 * Whether a {@code User-Agent} is a browser's, by the rule Jira's REST module takes from
 * atlassian-http 3.0.3 ({@code UserAgentUtilImpl.getBrowserFamily}): the header contains one of
 * the browser families' markers (case-sensitive). curl, Java's HTTP client and most scripts name
 * none, so their requests are not treated as a browser's.
 */
final class BrowserUserAgents {
    /** The markers of atlassian-http's {@code UserAgentUtil.BrowserFamily}, in its order. */
    private static final List<String> MARKERS = List.of("google/", "Googlebot/", "msnbot", "webcrawler/", "MSIE",
            "Trident/", "Edge/", "Firefox", "Chrome/", "Safari/", "Opera/", "Gecko/", "Lotus-Notes/", "Netscape/",
            "Konqueror/", "KHTML");

    private BrowserUserAgents() {
    }

    static boolean isBrowser(String userAgent) {
        return userAgent != null && MARKERS.stream().anyMatch(userAgent::contains);
    }

    /** Internet Explorer: the first marker found is {@code MSIE} or {@code Trident/}. */
    static boolean isInternetExplorer(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        String first = MARKERS.stream().filter(userAgent::contains).findFirst().orElse("");
        return first.equals("MSIE") || first.equals("Trident/");
    }
}
