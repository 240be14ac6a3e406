package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.store.DuplicateNameException;
import io.usercleanup.core.store.IdpInUseException;
import io.usercleanup.core.store.MissingIdpException;
import io.usercleanup.testsupport.ao.AoDatabasesExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.usercleanup.store.ao.StoreFixtures.cleanup;
import static io.usercleanup.store.ao.StoreFixtures.entraIdp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Definitions saved and deleted by racing connections on every configured database: names stay
 * unique (the database's constraint decides, not a check before the insert), and an identity
 * provider is never deleted from under a cleanup that names it.
 */
class DefinitionRacesTest {

    @RegisterExtension
    static final AoDatabasesExtension DATABASES = StoreFixtures.databases();

    private static final int RACERS = 20;

    /** Runs the tasks at once, each on its own thread, and gives back what each returned or threw. */
    private static List<Object> race(List<Callable<?>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    results.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racer did not finish", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Object> results, Class<?> type) {
        return results.stream().filter(type::isInstance).count();
    }

    @TestTemplate
    void parallelCreatesOfOneName_storeOneCleanup_andRefuseTheRestAsDuplicates(ActiveObjects ao) throws Exception {
        AoCleanupStore store = new AoCleanupStore(ao);
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String spelling = i % 2 == 0 ? "Licence Cleanup" : "licence cleanup".toUpperCase(Locale.ROOT);
            tasks.add(() -> store.create(cleanup(spelling, null)));
        }

        List<Object> results = race(tasks);

        assertThat(count(results, CleanupDefinition.class)).as(results.toString()).isEqualTo(1);
        assertThat(count(results, DuplicateNameException.class)).as(results.toString()).isEqualTo(RACERS - 1);
        assertThat(store.findAll()).hasSize(1);
    }

    @TestTemplate
    void parallelCreatesOfOneName_storeOneIdp_andRefuseTheRestAsDuplicates(ActiveObjects ao) throws Exception {
        AoIdpStore store = new AoIdpStore(ao);
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            tasks.add(() -> store.create(entraIdp("Entra ID")));
        }

        List<Object> results = race(tasks);

        assertThat(count(results, IdpConfig.class)).as(results.toString()).isEqualTo(1);
        assertThat(count(results, DuplicateNameException.class)).as(results.toString()).isEqualTo(RACERS - 1);
        assertThat(store.findAll()).hasSize(1);
    }

    @TestTemplate
    void parallelRenamesToOneName_renameOneCleanup_andLeaveTheOthersAsTheyWere(ActiveObjects ao) throws Exception {
        AoCleanupStore store = new AoCleanupStore(ao);
        List<CleanupDefinition> saved = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            saved.add(store.create(cleanup("cleanup " + i, null)));
        }
        List<Callable<?>> tasks = new ArrayList<>();
        for (CleanupDefinition one : saved) {
            tasks.add(() -> store.update(cleanup("Target", null).withId(one.id())).orElseThrow());
        }

        List<Object> results = race(tasks);

        assertThat(count(results, CleanupDefinition.class)).as(results.toString()).isEqualTo(1);
        assertThat(count(results, DuplicateNameException.class)).as(results.toString()).isEqualTo(9);
        assertThat(store.findAll()).extracting(CleanupDefinition::name).filteredOn("Target"::equals).hasSize(1);
        assertThat(store.findAll()).hasSize(10);
    }

    @TestTemplate
    void parallelRenamesToOneName_renameOneIdp(ActiveObjects ao) throws Exception {
        AoIdpStore store = new AoIdpStore(ao);
        List<IdpConfig> saved = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            saved.add(store.create(entraIdp("idp " + i)));
        }
        List<Callable<?>> tasks = new ArrayList<>();
        for (IdpConfig one : saved) {
            tasks.add(() -> store.update(entraIdp("Target").withId(one.id())).orElseThrow());
        }

        List<Object> results = race(tasks);

        assertThat(count(results, IdpConfig.class)).as(results.toString()).isEqualTo(1);
        assertThat(count(results, DuplicateNameException.class)).as(results.toString()).isEqualTo(9);
    }

    @TestTemplate
    void aDeletedCleanupsName_isFreeAgain_andItsRunsStay(ActiveObjects ao) {
        AoCleanupStore cleanups = new AoCleanupStore(ao);
        AoRunStore runs = new AoRunStore(ao);
        CleanupDefinition first = cleanups.create(cleanup("Licence cleanup", null));
        runs.start(StoreFixtures.newRun(first.id(), StoreFixtures.STARTED));

        cleanups.delete(first.id());
        CleanupDefinition second = cleanups.create(cleanup("LICENCE CLEANUP", null));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(runs.findByCleanup(first.id())).hasSize(1);
    }

    @TestTemplate
    void aDeletedIdpsName_isFreeAgain(ActiveObjects ao) {
        AoIdpStore idps = new AoIdpStore(ao);
        IdpConfig first = idps.create(entraIdp("Entra ID"));

        assertThat(idps.delete(first.id())).isTrue();

        assertThat(idps.create(entraIdp("entra id")).id()).isNotEqualTo(first.id());
    }

    @TestTemplate
    void deletingAnIdpWhileACleanupNamesIt_isRefused_andKeepsIt(ActiveObjects ao) {
        AoIdpStore idps = new AoIdpStore(ao);
        IdpConfig entra = idps.create(entraIdp("Entra ID"));
        new AoCleanupStore(ao).create(cleanup("Licence cleanup", entra.id()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> idps.delete(entra.id()))
                .isInstanceOf(IdpInUseException.class);
        assertThat(idps.find(entra.id())).isPresent();
    }

    @TestTemplate
    void savingACleanupNamingAMissingIdp_isRefused(ActiveObjects ao) {
        AoCleanupStore cleanups = new AoCleanupStore(ao);
        CleanupDefinition saved = cleanups.create(cleanup("Licence cleanup", null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cleanups.create(cleanup("Other", 4711L)))
                .isInstanceOf(MissingIdpException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cleanups.update(cleanup("Licence cleanup", 4711L)
                .withId(saved.id()))).isInstanceOf(MissingIdpException.class);
        assertThat(cleanups.findAll()).extracting(CleanupDefinition::idpId).containsExactly((Long) null);
    }

    /**
     * Each round deletes an identity provider while cleanups are created naming it and others are
     * changed to name it. Whatever the interleaving, no cleanup may end up naming a provider that is
     * gone, and every refusal is one of the two expected ones.
     */
    @TestTemplate
    void deletingAnIdpWhileCleanupsAreSavedNamingIt_neverLeavesADanglingReference(ActiveObjects ao) throws Exception {
        AoIdpStore idps = new AoIdpStore(ao);
        AoCleanupStore cleanups = new AoCleanupStore(ao);
        int deleted = 0;
        int refusedDeletes = 0;
        for (int round = 0; round < 15; round++) {
            IdpConfig idp = idps.create(entraIdp("idp " + round));
            CleanupDefinition existing = cleanups.create(cleanup("existing " + round, null));
            List<Callable<?>> tasks = new ArrayList<>();
            tasks.add(() -> idps.delete(idp.id()));
            for (int i = 0; i < 3; i++) {
                String name = "new " + round + "-" + i;
                tasks.add(() -> cleanups.create(cleanup(name, idp.id())));
            }
            CleanupDefinition renamed = cleanup("existing " + round, idp.id()).withId(existing.id());
            tasks.add(() -> cleanups.update(renamed).orElseThrow());

            List<Object> results = race(tasks);

            for (Object result : results) {
                assertThat(result).as(results.toString()).isInstanceOfAny(Boolean.class, CleanupDefinition.class,
                        IdpInUseException.class, MissingIdpException.class);
            }
            boolean idpGone = idps.find(idp.id()).isEmpty();
            if (idpGone) {
                deleted++;
                assertThat(cleanups.findByIdp(idp.id())).as("cleanups naming deleted idp " + idp.id() + ": " + results)
                        .isEmpty();
            } else {
                refusedDeletes++;
                assertThat(results.get(0)).isInstanceOf(IdpInUseException.class);
                assertThat(count(results, CleanupDefinition.class)).isPositive();
            }
        }
        assertThat(deleted + refusedDeletes).isEqualTo(15);
    }
}
