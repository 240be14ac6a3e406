package io.usercleanup.testsupport.ao;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Small facts about JDBC URLs that Active Objects needs set right. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /**
     * The URL with what Active Objects needs added when missing: an in-memory H2 database must
     * outlive its connections ({@code DB_CLOSE_DELAY=-1}); on MySQL and MariaDB, schema reads must
     * stay in the connection's own database ({@code nullCatalogMeansCurrent=true}), or a migration
     * run as a user who sees other databases reads their tables and fails.
     */
    public static String normalise(String url) {
        if (url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")) {
            return url + ";DB_CLOSE_DELAY=-1";
        }
        if ((url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))
                && !url.contains("nullCatalogMeansCurrent")) {
            return url + (url.contains("?") ? "&" : "?") + "nullCatalogMeansCurrent=true";
        }
        return url;
    }

    /** The value of a {@code ?name=value} parameter of the URL, or {@code null}. */
    public static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
