package io.usercleanup.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The scale benchmark: generated directories of each size on each database, measured through the
 * plugin's service layer; prints every figure as it is measured, then the ratios between figures
 * of this same run (absolute times differ from machine to machine, ratios much less). How to run
 * it and what it measured are in {@code docs/performance.md}.
 */
public final class ScaleBenchmark {
    /** The dry run of the largest directory should take less than this on PostgreSQL. */
    static final double DRY_RUN_TARGET_SECONDS = 60;
    static final int DRY_RUN_TARGET_USERS = 1_000_000;
    /** Reading members with SQL should be at least this many times faster than through the user API. */
    static final double READ_TARGET_RATIO = 10;
    static final int READ_TARGET_USERS = 100_000;

    private ScaleBenchmark() {
    }

    /** Exits with 2, after one line saying why, when a setting is wrong or a database cannot be reached. */
    public static void main(String[] args) throws Exception {
        List<PhaseResult> results;
        try {
            results = run(BenchmarkSettings.from(System.getProperties()), System.out);
        } catch (IllegalArgumentException | BenchmarkFailure e) {
            System.out.flush();
            System.err.println("User Cleanup scale benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (results.isEmpty()) {
            System.exit(1);
        }
    }

    /** Runs everything the settings name, printing as it goes; returns every measured phase. */
    static List<PhaseResult> run(BenchmarkSettings settings, PrintStream out) throws Exception {
        out.printf("User Cleanup scale benchmark: Java %s, %d processors, max heap %d MB, JVM %s, sizes %s,"
                        + " databases %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), settings.sizes(),
                settings.databases().stream().map(BenchmarkSettings.Database::name).toList());
        out.println("per second: users (or rows) per second of wall time; peak MB: highest heap use sampled;"
                + " live MB: highest heap use right after a garbage collection");
        out.println(PhaseResult.HEADER);
        List<PhaseResult> results = new ArrayList<>();
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        try (HeapWatch heap = new HeapWatch()) {
            for (BenchmarkSettings.Database database : settings.databases()) {
                for (int users : settings.sizes()) {
                    new ScaleRun(database, users, settings, heap, result -> {
                        results.add(result);
                        out.println(result.line());
                        out.flush();
                    }, note -> {
                        if (notes.add(note)) {
                            out.println("  note: " + note);
                        }
                    }).run();
                }
            }
        }
        out.println();
        printRatios(settings, results, out);
        return results;
    }

    private static void printRatios(BenchmarkSettings settings, List<PhaseResult> results, PrintStream out) {
        out.println("Ratios, all measured in this run:");
        for (BenchmarkSettings.Database database : settings.databases()) {
            String db = database.name();
            for (int users : settings.sizes()) {
                ratio(results, db, users, "directory read, user API", "directory read, SQL pages").ifPresent(r ->
                        out.printf("  %s, %,d users: directory read, SQL pages %.1fx faster than the user API%n",
                                db, users, r));
                ratio(results, db, users, "dry run, user API", "dry run, SQL pages").ifPresent(r ->
                        out.printf("  %s, %,d users: dry run, SQL pages %.1fx faster than the user API%n",
                                db, users, r));
                ratio(results, db, users, "Confluence directory read, user API", "Confluence directory read, SQL pages")
                        .ifPresent(r -> out.printf("  %s, %,d users: Confluence directory read, SQL pages %.1fx faster"
                                + " than the user API%n", db, users, r));
                ratio(results, db, users, "Confluence directory read, SQL pages", "directory read, SQL pages")
                        .ifPresent(r -> out.printf("  %s, %,d users: Confluence's SQL pages take %.2fx the time of"
                                + " Jira's%n", db, users, r));
            }
            List<PhaseResult> dryRuns = results.stream()
                    .filter(r -> r.database().equals(db) && r.phase().equals("dry run, SQL pages"))
                    .sorted(Comparator.comparingInt(PhaseResult::users))
                    .toList();
            if (dryRuns.size() >= 2) {
                PhaseResult small = dryRuns.get(0);
                PhaseResult large = dryRuns.get(dryRuns.size() - 1);
                double userFactor = (double) large.users() / small.users();
                out.printf("  %s, dry run from %,d to %,d users (%.0fx): time %.1fx, time per user %.2fx,"
                                + " live heap %.2fx%n", db, small.users(), large.users(), userFactor,
                        large.seconds() / small.seconds(), (large.seconds() / large.users()) / (small.seconds() / small.users()),
                        (double) large.peakAfterGc() / small.peakAfterGc());
            }
        }
        out.println("Targets:");
        find(results, "PostgreSQL", DRY_RUN_TARGET_USERS, "dry run, SQL pages").ifPresentOrElse(r ->
                out.printf("  %,d-user dry run on PostgreSQL under %.0f s: %s (%.1f s)%n", DRY_RUN_TARGET_USERS,
                        DRY_RUN_TARGET_SECONDS, r.seconds() < DRY_RUN_TARGET_SECONDS ? "met" : "NOT met", r.seconds()),
                () -> out.printf("  %,d-user dry run on PostgreSQL: not measured in this run%n", DRY_RUN_TARGET_USERS));
        ratio(results, "PostgreSQL", READ_TARGET_USERS, "directory read, user API", "directory read, SQL pages")
                .ifPresentOrElse(r -> out.printf("  SQL pages at least %.0fx faster than the user API, %,d users on"
                                + " PostgreSQL: %s (%.1fx)%n", READ_TARGET_RATIO, READ_TARGET_USERS,
                                r >= READ_TARGET_RATIO ? "met" : "NOT met", r),
                        () -> out.printf("  SQL pages against the user API at %,d users on PostgreSQL: not measured"
                                + " in this run%n", READ_TARGET_USERS));
        if (!settings.realRun()) {
            out.println("  (real runs were not measured: benchmark.realRun=false)");
        }
    }

    /** How many times faster {@code fast} was than {@code slow}. */
    static Optional<Double> ratio(List<PhaseResult> results, String database, int users, String slow, String fast) {
        Optional<PhaseResult> s = find(results, database, users, slow);
        Optional<PhaseResult> f = find(results, database, users, fast);
        return s.isPresent() && f.isPresent() && f.get().seconds() > 0
                ? Optional.of(s.get().seconds() / f.get().seconds())
                : Optional.empty();
    }

    private static Optional<PhaseResult> find(List<PhaseResult> results, String database, int users, String phase) {
        return results.stream()
                .filter(r -> r.database().equals(database) && r.users() == users && r.phase().equals(phase))
                .findFirst();
    }
}
