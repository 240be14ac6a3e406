package io.usercleanup.devhost.jira;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The databases the dev host's Jira is tested on: an in-memory H2 database always, PostgreSQL
 * and MariaDB when {@code USER_CLEANUP_TEST_POSTGRES_URL} / {@code USER_CLEANUP_TEST_MARIADB_URL}
 * name them. Those databases may hold other tables, so the tests touch only the Crowd tables,
 * which each test class drops and creates afresh.
 */
final class TestDatabases {
    static final String POSTGRES_URL = "USER_CLEANUP_TEST_POSTGRES_URL";
    static final String MARIADB_URL = "USER_CLEANUP_TEST_MARIADB_URL";

    /** One database under test, named for test reports. */
    record TestDatabase(String name, DataSource dataSource) {
        Jdbc jdbc() {
            return new Jdbc(dataSource);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<TestDatabase> AVAILABLE = available();

    private TestDatabases() {
    }

    /** For {@code @MethodSource}. */
    static Stream<TestDatabase> all() {
        return AVAILABLE.stream();
    }

    /** Drops and recreates the Crowd tables in every database. */
    static void resetTables() {
        for (TestDatabase database : AVAILABLE) {
            CrowdSchema.drop(database.jdbc());
            CrowdSchema.create(database.jdbc());
        }
    }

    private static List<TestDatabase> available() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(new TestDatabase("H2", new UrlDataSource("jdbc:h2:mem:devhost-jira-test;DB_CLOSE_DELAY=-1")));
        addFromEnvironment(databases, "PostgreSQL", POSTGRES_URL);
        addFromEnvironment(databases, "MariaDB", MARIADB_URL);
        return List.copyOf(databases);
    }

    private static void addFromEnvironment(List<TestDatabase> databases, String name, String variable) {
        String url = System.getenv(variable);
        if (url != null && !url.isBlank()) {
            databases.add(new TestDatabase(name, new UrlDataSource(url)));
        }
    }
}
