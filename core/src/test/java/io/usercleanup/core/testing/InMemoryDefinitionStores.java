package io.usercleanup.core.testing;

import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.store.CleanupStore;
import io.usercleanup.core.store.IdpStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** In-memory identity provider and cleanup stores for service tests. */
public final class InMemoryDefinitionStores {
    private InMemoryDefinitionStores() {
    }

    /** An identity provider store. */
    public static final class Idps implements IdpStore {
        private final Map<Long, IdpConfig> rows = new TreeMap<>();
        private long nextId = 1;
        private RuntimeException refusal;

        /** The next create, update or delete throws this (as the database refuses at commit time) and changes nothing. */
        public void refuseNext(RuntimeException error) {
            refusal = error;
        }

        private void refuseIfAsked() {
            RuntimeException error = refusal;
            refusal = null;
            if (error != null) {
                throw error;
            }
        }

        @Override
        public List<IdpConfig> findAll() {
            return rows.values().stream().sorted(Comparator.comparing(IdpConfig::name)).collect(Collectors.toList());
        }

        @Override
        public Optional<IdpConfig> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<IdpConfig> findByName(String name) {
            return rows.values().stream().filter(i -> Names.key(i.name()).equals(Names.key(name))).findFirst();
        }

        @Override
        public IdpConfig create(IdpConfig idp) {
            refuseIfAsked();
            IdpConfig saved = idp.withId(nextId++);
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<IdpConfig> update(IdpConfig idp) {
            refuseIfAsked();
            if (!rows.containsKey(idp.id())) {
                return Optional.empty();
            }
            rows.put(idp.id(), idp);
            return Optional.of(idp);
        }

        @Override
        public boolean delete(long id) {
            refuseIfAsked();
            return rows.remove(id) != null;
        }
    }

    /** A cleanup store. */
    public static final class Cleanups implements CleanupStore {
        private final Map<Long, CleanupDefinition> rows = new TreeMap<>();
        private long nextId = 1;
        private RuntimeException refusal;

        /** The next create or update throws this (as the database refuses at commit time) and changes nothing. */
        public void refuseNext(RuntimeException error) {
            refusal = error;
        }

        private void refuseIfAsked() {
            RuntimeException error = refusal;
            refusal = null;
            if (error != null) {
                throw error;
            }
        }

        @Override
        public List<CleanupDefinition> findAll() {
            return rows.values().stream().sorted(Comparator.comparing(CleanupDefinition::name))
                    .collect(Collectors.toList());
        }

        @Override
        public Optional<CleanupDefinition> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<CleanupDefinition> findByName(String name) {
            return rows.values().stream().filter(c -> Names.key(c.name()).equals(Names.key(name))).findFirst();
        }

        @Override
        public List<CleanupDefinition> findByIdp(long idpId) {
            return rows.values().stream().filter(c -> Objects.equals(c.idpId(), idpId)).collect(Collectors.toList());
        }

        @Override
        public CleanupDefinition create(CleanupDefinition cleanup) {
            refuseIfAsked();
            CleanupDefinition saved = cleanup.withId(nextId++);
            rows.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<CleanupDefinition> update(CleanupDefinition cleanup) {
            refuseIfAsked();
            if (!rows.containsKey(cleanup.id())) {
                return Optional.empty();
            }
            rows.put(cleanup.id(), cleanup);
            return Optional.of(cleanup);
        }

        @Override
        public boolean delete(long id) {
            return rows.remove(id) != null;
        }
    }
}
