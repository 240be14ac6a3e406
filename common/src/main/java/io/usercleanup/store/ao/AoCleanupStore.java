package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.store.CleanupStore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link CleanupStore} on Active Objects. */
public final class AoCleanupStore implements CleanupStore {

    private final ActiveObjects ao;
    private final NamedRows<CleanupEntity> rows;

    public AoCleanupStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.rows = new NamedRows<>(ao, CleanupEntity.class, CleanupEntity.NAME_KEY, CleanupEntity::getNameKey);
    }

    @Override
    public List<CleanupDefinition> findAll() {
        return sorted(rows.all());
    }

    @Override
    public Optional<CleanupDefinition> find(long id) {
        return rows.byId(id).map(CleanupRows::toDefinition);
    }

    @Override
    public Optional<CleanupDefinition> findByName(String name) {
        return rows.byName(name).map(CleanupRows::toDefinition);
    }

    @Override
    public List<CleanupDefinition> findByIdp(long idpId) {
        return sorted(rows.where(CleanupEntity.IDP_ID + " = ?", idpId));
    }

    @Override
    public CleanupDefinition create(CleanupDefinition cleanup) {
        return ao.executeInTransaction(
                () -> CleanupRows.toDefinition(ao.create(CleanupEntity.class, CleanupRows.values(cleanup))));
    }

    @Override
    public Optional<CleanupDefinition> update(CleanupDefinition cleanup) {
        if (cleanup.id() == null) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> rows.byId(cleanup.id()).map(row -> {
            CleanupRows.update(row, cleanup);
            return CleanupRows.toDefinition(row);
        }));
    }

    @Override
    public boolean delete(long id) {
        return rows.delete(id);
    }

    private static List<CleanupDefinition> sorted(List<CleanupEntity> found) {
        return found.stream()
                .map(CleanupRows::toDefinition)
                .sorted(NamedRows.byName(CleanupDefinition::name))
                .toList();
    }
}
