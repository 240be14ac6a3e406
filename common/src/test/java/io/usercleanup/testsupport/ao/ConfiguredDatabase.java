package io.usercleanup.testsupport.ao;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database the store tests run against: in-memory H2 always; PostgreSQL and MariaDB (or MySQL)
 * when {@value #POSTGRES_URL} and {@value #MARIADB_URL} name one.
 *
 * @param name     shown in test names
 * @param url      the JDBC URL
 * @param user     the user, from the URL's {@code user} parameter if any
 * @param password the password, from the URL's {@code password} parameter if any
 */
public record ConfiguredDatabase(String name, String url, String user, String password) {

    /** Environment variable with a PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
    public static final String POSTGRES_URL = "USER_CLEANUP_TEST_POSTGRES_URL";

    /** Environment variable with a MySQL Connector/J URL to MariaDB, e.g. {@code jdbc:mysql://127.0.0.1:3306/test?user=root}. */
    public static final String MARIADB_URL = "USER_CLEANUP_TEST_MARIADB_URL";

    /** The databases configured in this environment. */
    public static List<ConfiguredDatabase> configured() {
        return configured(System.getenv());
    }

    static List<ConfiguredDatabase> configured(Map<String, String> environment) {
        List<ConfiguredDatabase> databases = new ArrayList<>();
        databases.add(new ConfiguredDatabase("H2", "jdbc:h2:mem:user-cleanup-tests;DB_CLOSE_DELAY=-1", "sa", ""));
        addIfSet(databases, "PostgreSQL", environment.get(POSTGRES_URL));
        addIfSet(databases, "MariaDB", environment.get(MARIADB_URL));
        return databases;
    }

    private static void addIfSet(List<ConfiguredDatabase> databases, String name, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        String user = JdbcUrls.parameter(url, "user");
        String password = JdbcUrls.parameter(url, "password");
        databases.add(new ConfiguredDatabase(name, url, user == null ? "" : user, password == null ? "" : password));
    }
}
