package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AoRunLeaseStoreTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00.123Z");

    private static RunLeaseRecord lease(long cleanupId, String node, String token, Instant heartbeat) {
        return new RunLeaseRecord(cleanupId, node, token, null, T0, heartbeat);
    }

    @TestTemplate
    void insert_takesTheLeaseOnce_perCleanup(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);

        assertThat(store.insert(lease(7L, "node-1", "a", T0))).isTrue();
        assertThat(store.insert(lease(7L, "node-2", "b", T0))).isFalse();
        assertThat(store.insert(lease(8L, "node-2", "c", T0))).isTrue();

        assertThat(store.find(7L)).contains(lease(7L, "node-1", "a", T0));
        assertThat(store.findAll()).extracting(RunLeaseRecord::cleanupId).containsExactly(7L, 8L);
        assertThat(store.find(9L)).isEmpty();
    }

    @TestTemplate
    void insert_isAtomicAcrossConnections_exactlyOneOfManyRacersWins(ActiveObjects ao) throws Exception {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (long cleanupId = 100; cleanupId < 110; cleanupId++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    long id = cleanupId;
                    String token = "t" + i;
                    Callable<Boolean> take = () -> {
                        go.await();
                        return store.insert(lease(id, "node-" + token, token, T0));
                    };
                    results.add(pool.submit(take));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> result : results) {
                    won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("winners for cleanup " + cleanupId).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @TestTemplate
    void bindAndRenew_onlyForTheHoldersToken(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(7L, "node-1", "a", T0));

        assertThat(store.bind(7L, "b", 42L)).isFalse();
        assertThat(store.renew(7L, "b", T0.plusSeconds(60))).isFalse();
        assertThat(store.bind(7L, "a", 42L)).isTrue();
        assertThat(store.renew(7L, "a", T0.plusSeconds(30))).isTrue();
        assertThat(store.bind(8L, "a", 42L)).isFalse();

        assertThat(store.find(7L)).contains(new RunLeaseRecord(7L, "node-1", "a", 42L, T0, T0.plusSeconds(30)));
    }

    @TestTemplate
    void release_onlyForTheHoldersToken(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(7L, "node-1", "a", T0));

        assertThat(store.release(7L, "b")).isFalse();
        assertThat(store.find(7L)).isPresent();
        assertThat(store.release(7L, "a")).isTrue();
        assertThat(store.find(7L)).isEmpty();
        assertThat(store.release(7L, "a")).isFalse();
    }

    @TestTemplate
    void breakStale_onlyWhileTheLeaseIsStillStaleAndTheSame(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(7L, "node-1", "a", T0));
        Instant cutoff = T0.plusSeconds(1);

        assertThat(store.breakStale(7L, "a", T0)).as("heartbeat not before the cutoff").isFalse();
        assertThat(store.breakStale(7L, "other", cutoff)).as("another holder's lease").isFalse();
        store.renew(7L, "a", T0.plusSeconds(2));
        assertThat(store.breakStale(7L, "a", cutoff)).as("renewed meanwhile").isFalse();
        assertThat(store.breakStale(7L, "a", T0.plusSeconds(3))).isTrue();
        assertThat(store.find(7L)).isEmpty();
        assertThat(store.insert(lease(7L, "node-2", "b", T0.plusSeconds(3)))).isTrue();
    }

    @TestTemplate
    void findHeldBy_givesTheNodesLeasesOnly_inCleanupOrder(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(9L, "node-1", "a", T0));
        store.insert(lease(7L, "node-2", "b", T0));
        store.insert(lease(8L, "node-1", "c", T0.plusSeconds(5)));

        assertThat(store.findHeldBy("node-1")).extracting(RunLeaseRecord::cleanupId, RunLeaseRecord::token)
                .containsExactly(tuple(8L, "c"), tuple(9L, "a"));
        assertThat(store.findHeldBy("node-3")).isEmpty();
    }

    @TestTemplate
    void breakHeldBy_deletesAFreshLease_onlyForItsNodeAndToken(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(7L, "node-1", "a", T0));

        assertThat(store.breakHeldBy(7L, "a", "node-2")).as("another node's name").isFalse();
        assertThat(store.breakHeldBy(7L, "b", "node-1")).as("another taking's token").isFalse();
        assertThat(store.breakHeldBy(8L, "a", "node-1")).as("another cleanup").isFalse();
        assertThat(store.find(7L)).isPresent();

        assertThat(store.breakHeldBy(7L, "a", "node-1")).as("heartbeat is fresh, but the holder is gone").isTrue();
        assertThat(store.find(7L)).isEmpty();
        assertThat(store.breakHeldBy(7L, "a", "node-1")).isFalse();
    }

    @TestTemplate
    void breakHeldBy_leavesALeaseAnotherNodeTookMeanwhile(ActiveObjects ao) {
        // given: node-1's lease went stale and node-2 broke it and took the cleanup
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        store.insert(lease(7L, "node-1", "a", T0));
        RunLeaseRecord seen = store.findHeldBy("node-1").get(0);
        assertThat(store.breakStale(7L, "a", T0.plusSeconds(1))).isTrue();
        store.insert(lease(7L, "node-2", "b", T0.plusSeconds(1)));

        // when: node-1, restarted, claims the lease it saw
        boolean broken = store.breakHeldBy(seen.cleanupId(), seen.token(), "node-1");

        // then
        assertThat(broken).isFalse();
        assertThat(store.find(7L)).contains(lease(7L, "node-2", "b", T0.plusSeconds(1)));
    }

    @TestTemplate
    void ownerNode_longerThanTheColumn_matchesAsStored(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);
        String node = "n".repeat(300);
        store.insert(lease(7L, node, "a", T0));

        assertThat(store.findHeldBy(node)).extracting(RunLeaseRecord::cleanupId).containsExactly(7L);
        assertThat(store.breakHeldBy(7L, "a", node)).isTrue();
    }

    @TestTemplate
    void ownerNode_longerThanTheColumn_isCut(ActiveObjects ao) {
        AoRunLeaseStore store = new AoRunLeaseStore(ao);

        store.insert(lease(7L, "n".repeat(300), "a", T0));

        assertThat(store.find(7L).orElseThrow().ownerNode()).hasSize(Values.NAME_LENGTH).endsWith(Values.ELLIPSIS);
    }
}
