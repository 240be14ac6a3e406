package io.usercleanup.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the benchmark runs, from system properties (the Maven profile passes them on):
 *
 * <ul>
 * <li>{@code benchmark.sizes}: directory sizes, default {@code 10000,100000,1000000}</li>
 * <li>{@code benchmark.databases}: {@code h2}, {@code postgresql} or both (default)</li>
 * <li>{@code benchmark.postgresUrl}: default {@code jdbc:postgresql://127.0.0.1:5432/usercleanup_bench?user=postgres}</li>
 * <li>{@code benchmark.h2Dir}: folder of the H2 database file, default {@code target/benchmark}</li>
 * <li>{@code benchmark.compareUpTo}: sizes up to this one also run through Jira's user API, side
 * by side with SQL (default 100000; that path holds every member in memory)</li>
 * <li>{@code benchmark.realRun}: also run for real, changing the directory (default true)</li>
 * <li>{@code benchmark.seed}: the directory generator's seed, default 42</li>
 * </ul>
 *
 * @param sizes       directory sizes, in users
 * @param databases   the databases, each with a name and a JDBC URL
 * @param compareUpTo largest size also read through the user API
 * @param realRun     whether to run for real after the dry run
 * @param seed        the generator's seed
 */
record BenchmarkSettings(List<Integer> sizes, List<Database> databases, int compareUpTo, boolean realRun, long seed) {

    /**
     * A database to run on.
     *
     * @param name    its name in the benchmark's lines
     * @param url     its JDBC URL
     * @param setting the property that names where it is
     */
    record Database(String name, String url, String setting) {
    }

    static BenchmarkSettings from(Properties properties) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : list(properties.getProperty("benchmark.sizes", "10000,100000,1000000"))) {
            sizes.add(positive("benchmark.sizes", size));
        }
        String h2Dir = properties.getProperty("benchmark.h2Dir", "target/benchmark");
        String postgresUrl = properties.getProperty("benchmark.postgresUrl",
                "jdbc:postgresql://127.0.0.1:5432/usercleanup_bench?user=postgres");
        List<Database> databases = new ArrayList<>();
        for (String name : list(properties.getProperty("benchmark.databases", "h2,postgresql"))) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "h2" -> databases.add(new Database("H2", "jdbc:h2:file:"
                        + Path.of(h2Dir, "usercleanup-bench").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "benchmark.h2Dir"));
                case "postgresql", "postgres" -> databases.add(new Database("PostgreSQL", postgresUrl,
                        "benchmark.postgresUrl"));
                default -> throw new IllegalArgumentException(
                        "benchmark.databases: unknown database '" + name + "' (expected h2 or postgresql)");
            }
        }
        int compareUpTo = positive("benchmark.compareUpTo", properties.getProperty("benchmark.compareUpTo", "100000"));
        boolean realRun = Boolean.parseBoolean(properties.getProperty("benchmark.realRun", "true"));
        long seed = Long.parseLong(properties.getProperty("benchmark.seed", "42").trim());
        return new BenchmarkSettings(List.copyOf(sizes), List.copyOf(databases), compareUpTo, realRun, seed);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static int positive(String property, String value) {
        try {
            int number = Integer.parseInt(value.replace("_", "").trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the property's name.
        }
        throw new IllegalArgumentException(property + ": expected a positive whole number, found '" + value + "'");
    }
}
