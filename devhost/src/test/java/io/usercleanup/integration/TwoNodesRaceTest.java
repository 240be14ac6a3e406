package io.usercleanup.integration;

import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;
import io.usercleanup.core.service.CleanupDraft;
import io.usercleanup.core.service.CleanupService;
import io.usercleanup.core.service.ConflictException;
import io.usercleanup.core.service.RunService;
import io.usercleanup.core.service.NodeIdentity;
import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.DevHostServer;
import io.usercleanup.devhost.DevHostSettings;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.testsupport.ao.ConfiguredDatabase;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, each a whole dev host with the plugin, share one database (H2 in server mode, and
 * PostgreSQL where configured) and race to run the same cleanup, manually and as
 * scheduled, again and again: every race ends with exactly one run, and the other attempt is
 * refused as a conflict. On the test run's product ({@link DevHostExtension#testProduct()}), each
 * node named by the product's own node identity over the host's cluster manager.
 */
class TwoNodesRaceTest {
    private static final int RACES = 12;
    private static final DevHostProduct PRODUCT = DevHostExtension.testProduct();
    private static Server h2;

    @BeforeAll
    static void startH2Server() throws Exception {
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    }

    @AfterAll
    static void stopH2Server() {
        h2.stop();
    }

    static Stream<String> databases() {
        return ConfiguredDatabase.configured().stream().filter(d -> !d.name().equals("MariaDB"))
                .map(d -> d.name().equals("H2")
                        ? "jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:two-nodes;DB_CLOSE_DELAY=-1"
                        : d.url());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void racingNodes_neverRunOneCleanupTwice(String dbUrl) throws Exception {
        Path fixture = DevHostExtension.fixturePath("/fixtures/contract-directory.json", PRODUCT);
        try (DevHostServer node1 = DevHostServer.start(node(fixture, dbUrl, "node-1"));
             DevHostServer node2 = DevHostServer.start(node(fixture, dbUrl, "node-2"))) {
            assertThat(node1.plugin().bean(NodeIdentity.class).nodeId()).isEqualTo("node-1");
            assertThat(node2.plugin().bean(NodeIdentity.class).nodeId()).isEqualTo("node-2");
            long cleanupId = node1.plugin().bean(CleanupService.class).create(new CleanupDraft(
                    "Raced " + System.nanoTime(), true, List.of("jira-local-users"), List.of(), 90, false, null,
                    List.of(), List.of(), "REPORT_ONLY", null, null, null), "admin").id();
            RunService one = node1.plugin().bean(RunService.class);
            RunService two = node2.plugin().bean(RunService.class);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int race = 0; race < RACES; race++) {
                    race(node1, node2, threads, cleanupId, one, two, race);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(one.history(cleanupId)).hasSize(RACES)
                    .allSatisfy(run -> assertThat(run.status()).isNotEqualTo(RunStatus.RUNNING));
            assertThat(two.history(cleanupId)).hasSize(RACES);
        }
    }

    private static DevHostSettings node(Path fixture, String dbUrl, String node) {
        return new DevHostSettings(0, fixture, null, dbUrl, node, null, null).withProduct(PRODUCT);
    }

    /**
     * Both nodes try at the same moment, while runs are held in the middle, so the winner is still
     * running when the loser tries: without the lease both would run.
     */
    private static void race(DevHostServer node1, DevHostServer node2, ExecutorService threads, long cleanupId,
                             RunService one, RunService two, int race) throws Exception {
        int before = one.history(cleanupId).size();
        node1.gate().close();
        node2.gate().close();
        CyclicBarrier start = new CyclicBarrier(2);
        boolean firstScheduled = race % 2 == 0;
        List<Future<RunRecord>> attempts = new ArrayList<>();
        attempts.add(threads.submit(attempt(start, () -> firstScheduled
                ? one.runNow(cleanupId, RunTrigger.SCHEDULED, null, false)
                : one.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false))));
        attempts.add(threads.submit(attempt(start, () -> firstScheduled
                ? two.startInBackground(cleanupId, RunTrigger.MANUAL, "admin", false)
                : two.runNow(cleanupId, RunTrigger.SCHEDULED, null, false))));
        int conflicts = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (conflicts == 0 && System.nanoTime() < deadline) {
            conflicts = 0;
            for (Future<RunRecord> attempt : attempts) {
                if (attempt.isDone() && attempt.get() == null) {
                    conflicts++;
                }
            }
            Thread.sleep(10);
        }
        node1.gate().open();
        node2.gate().open();
        for (Future<RunRecord> attempt : attempts) {
            attempt.get(60, TimeUnit.SECONDS);
        }
        awaitNoneRunning(one, cleanupId);

        assertThat(conflicts).as("refused attempts in race " + race).isEqualTo(1);
        assertThat(one.history(cleanupId)).as("runs after race " + race).hasSize(before + 1);
    }

    /** The attempt's run, or {@code null} when it was refused as a conflict. */
    private static Callable<RunRecord> attempt(CyclicBarrier start, Callable<RunRecord> run) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            try {
                return run.call();
            } catch (ConflictException e) {
                return null;
            }
        };
    }

    private static void awaitNoneRunning(RunService runs, long cleanupId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (runs.history(cleanupId).stream().noneMatch(r -> r.status() == RunStatus.RUNNING)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("a run of cleanup " + cleanupId + " did not end within 30 seconds");
    }
}
