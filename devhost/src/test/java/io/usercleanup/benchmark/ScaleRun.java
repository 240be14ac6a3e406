package io.usercleanup.benchmark;

import io.usercleanup.devhost.DevHostSalUserManager;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.CleanupAction;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdentifierSource;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.IdpType;
import io.usercleanup.core.model.NeverLoggedInPolicy;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.service.CleanupRunner;
import io.usercleanup.core.service.RunExports;
import io.usercleanup.core.service.RunLauncher;
import io.usercleanup.confluence.ConfluenceUserDirectory;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.jira.DevHostConfluence;
import io.usercleanup.devhost.jira.DevHostJira;
import io.usercleanup.devhost.jira.UrlDataSource;
import io.usercleanup.jira.JiraUserDirectory;
import io.usercleanup.store.ao.AoCleanupStore;
import io.usercleanup.store.ao.AoIdpStore;
import io.usercleanup.store.ao.AoRunStore;
import io.usercleanup.store.ao.RunOutcomeEntity;
import io.usercleanup.store.ao.RunUserEntity;
import io.usercleanup.store.ao.StoreEntities;
import io.usercleanup.testsupport.ao.AoDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The benchmark on one database and one directory size: writes the directory, then measures the
 * plugin's own service layer on it (the real {@link CleanupRunner} with the real Active Objects
 * {@link AoRunStore} and the real Jira adapter over the dev host's Jira): the directory read
 * alone, a dry run, both also through Jira's user API where the size allows, the largest Entra
 * ID file and the full report streamed to nowhere, and a real run.
 */
final class ScaleRun {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final BenchmarkSettings.Database database;
    private final int users;
    private final BenchmarkSettings settings;
    private final HeapWatch heap;
    private final Consumer<PhaseResult> out;
    private final Consumer<String> notes;

    ScaleRun(BenchmarkSettings.Database database, int users, BenchmarkSettings settings, HeapWatch heap,
             Consumer<PhaseResult> out, Consumer<String> notes) {
        this.notes = notes;
        this.database = database;
        this.users = users;
        this.settings = settings;
        this.heap = heap;
        this.out = out;
    }

    void run() throws Exception {
        requireReachable();
        try (UrlDataSource crowd = new UrlDataSource(database.url());
             AoDatabase ao = AoDatabase.open(new UrlDataSource(database.url()), StoreEntities.NAMESPACE,
                     StoreEntities.all())) {
            BenchmarkDirectory.Summary written = measure("write directory (SQL inserts)", () -> {
                BenchmarkDirectory.Summary summary = BenchmarkDirectory.write(crowd, users, settings.seed(), NOW);
                return new Outcome<>(summary, summary.rows(), summary.rows(), -1);
            });
            ao.recreateTables();
            try (AutovacuumStandIn autovacuum = AutovacuumStandIn.startIfNeeded(crowd)) {
                if (autovacuum != null) {
                    notes.accept(database.name() + ": autovacuum is off on this server; the benchmark refreshes"
                            + " the planner's statistics every 5 seconds, as autovacuum would");
                }
                measurePhases(crowd, ao, written);
            }
        }
    }

    /** Fails with what to do when the database cannot be reached, before any figure is printed for it. */
    private void requireReachable() {
        try (UrlDataSource probe = new UrlDataSource(database.url());
             java.sql.Connection connection = probe.getConnection()) {
            connection.getMetaData();
        } catch (java.sql.SQLException e) {
            throw new BenchmarkFailure(database.name() + " at " + database.url() + " cannot be reached: "
                    + e.getMessage() + ". The benchmark needs a database there whose tables it may drop and create"
                    + " (docs/performance.md says how to make one); name another with -D" + database.setting()
                    + ", or leave " + database.name().toLowerCase(java.util.Locale.ROOT)
                    + " out of -Dbenchmark.databases.", e);
        }
    }

    private void measurePhases(UrlDataSource crowd, AoDatabase ao, BenchmarkDirectory.Summary written)
            throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DevHostJira jira = new DevHostJira(crowd, clock);
        JiraUserDirectory sql = new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(),
                jira.groupManager(), jira.userManager(), jira.userService(), jira.loginService(),
                jira.applicationRoleManager(), jira.authenticationContext(), DevHostSalUserManager.of(jira),
                jira.databaseAccessor());
        JiraUserDirectory api = new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(),
                jira.groupManager(), jira.userManager(), jira.userService(), jira.loginService(),
                jira.applicationRoleManager(), jira.authenticationContext(), DevHostSalUserManager.of(jira));
        AoIdpStore idps = new AoIdpStore(ao.activeObjects());
        AoCleanupStore cleanups = new AoCleanupStore(ao.activeObjects());
        AoRunStore runs = new AoRunStore(ao.activeObjects());
        IdpConfig idp = idps.create(new IdpConfig(null, "Entra ID", IdpType.ENTRA_ID, true,
                Set.of(BenchmarkDirectory.ENTRA), List.of(), IdentifierSource.EMAIL, CsvTemplate.CURRENT));
        long cleanupId = cleanups.create(new CleanupDefinition(null, "Licence cleanup", true,
                BenchmarkDirectory.TARGET_GROUPS, List.of(), 90, new NeverLoggedInPolicy(true, 30),
                List.of(BenchmarkDirectory.SERVICE_ACCOUNTS), List.of("breakglass.admin"),
                CleanupAction.REMOVE_FROM_GROUPS, idp.id(), null)).id();
        boolean compare = users <= settings.compareUpTo();

        measureRead("directory read, SQL pages", sql, written);
        if (compare) {
            measureRead("directory read, user API", api, written);
        }
        measureConfluenceReads(crowd, clock, written, compare);
        RunRecord dry = measureRun("dry run, SQL pages", sql, cleanups, idps, runs, cleanupId, true, ao);
        if (compare) {
            measureRun("dry run, user API", api, cleanups, idps, runs, cleanupId, true, ao);
        }
        RunExports exports = new RunExports(runs);
        IdpExportSummary largest = exports.idpExports(dry.id()).stream()
                .max(Comparator.comparingLong(IdpExportSummary::rows))
                .orElseThrow(() -> new IllegalStateException("The dry run exported nothing"));
        measure("Entra file, " + largest.group(), () -> {
            CountingOutputStream sink = new CountingOutputStream();
            exports.idpFile(dry.id(), largest.group()).writeTo(sink);
            return new Outcome<>(null, largest.rows(), -1, sink.count());
        });
        measure("full report", () -> {
            CountingOutputStream sink = new CountingOutputStream();
            exports.writeReport(dry.id(), sink);
            return new Outcome<>(null, runs.users(dry.id(), 0, 1).total(), -1, sink.count());
        });
        if (settings.realRun()) {
            measureRun("real run, SQL pages", sql, cleanups, idps, runs, cleanupId, false, ao);
        }
    }

    /**
     * The Confluence adapter's read of the same directory on the dev host's Confluence: SQL pages
     * on Confluence's layout of the tables (the dev host's views, see docs/dev-host.md) and, where
     * the size allows, Confluence's user API with Crowd's directness check per member.
     */
    private void measureConfluenceReads(UrlDataSource crowd, Clock clock, BenchmarkDirectory.Summary written,
                                        boolean compare) throws Exception {
        DevHostJira host = new DevHostJira(crowd, clock, DevHostProduct.CONFLUENCE);
        DevHostConfluence confluence = host.confluence();
        ConfluenceUserDirectory sql = new ConfluenceUserDirectory(confluence.userAccessor(), host.crowdService(),
                host.crowdDirectoryService(), confluence.loginManager(), confluence.spacePermissionManager(),
                confluence.permissionManager(), DevHostSalUserManager.of(host), confluence.transactionalExecutorFactory());
        measureRead("Confluence directory read, SQL pages", sql, written);
        if (compare) {
            ConfluenceUserDirectory api = new ConfluenceUserDirectory(confluence.userAccessor(), host.crowdService(),
                    host.crowdDirectoryService(), confluence.loginManager(), confluence.spacePermissionManager(),
                    confluence.permissionManager(), DevHostSalUserManager.of(host));
            measureRead("Confluence directory read, user API", api, written);
        }
    }

    private void measureRead(String phase, UserDirectory directory, BenchmarkDirectory.Summary written)
            throws Exception {
        measure(phase, () -> {
            AtomicLong read = new AtomicLong();
            directory.forEachDirectMember(BenchmarkDirectory.TARGET_GROUPS, user -> read.incrementAndGet());
            if (read.get() == 0 || read.get() > written.users()) {
                throw new IllegalStateException(phase + " read " + read.get() + " users of " + written.users());
            }
            return new Outcome<>(null, read.get(), -1, -1);
        });
    }

    private RunRecord measureRun(String phase, UserDirectory directory, AoCleanupStore cleanups, AoIdpStore idps,
                                 AoRunStore runs, long cleanupId, boolean dryRun, AoDatabase ao) throws Exception {
        return measure(phase, () -> {
            CleanupRunner runner = new CleanupRunner(directory, runs, Clock.fixed(NOW, ZoneOffset.UTC),
                    CleanupRunner.DEFAULT_BATCH_SIZE);
            RunRecord run = new RunLauncher(cleanups, idps, runner)
                    .runNow(cleanupId, RunTrigger.MANUAL, BenchmarkDirectory.ADMIN, dryRun);
            if (run.status() == RunStatus.FAILED) {
                throw new IllegalStateException(phase + " failed: " + run.message());
            }
            long rows = ao.activeObjects().count(RunUserEntity.class, RunUserEntity.RUN_ID + " = ?", run.id())
                    + ao.activeObjects().count(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID + " = ?", run.id());
            return new Outcome<>(run, run.counts().evaluated(), rows, -1);
        });
    }

    private <T> T measure(String phase, Measured<T> work) throws Exception {
        heap.reset();
        long start = System.nanoTime();
        Outcome<T> outcome = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.accept(new PhaseResult(database.name(), users, phase, seconds, outcome.items(), heap.peakUsed(),
                heap.peakAfterGc(), outcome.rows(), outcome.bytes()));
        return outcome.value();
    }

    /** A phase's work. */
    @FunctionalInterface
    private interface Measured<T> {
        Outcome<T> run() throws Exception;
    }

    /** What a phase gives back, and its numbers. */
    private record Outcome<T>(T value, long items, long rows, long bytes) {
    }
}
