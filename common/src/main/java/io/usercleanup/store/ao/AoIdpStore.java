package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.store.IdpStore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link IdpStore} on Active Objects. */
public final class AoIdpStore implements IdpStore {

    private final ActiveObjects ao;
    private final NamedRows<IdpEntity> rows;

    public AoIdpStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.rows = new NamedRows<>(ao, IdpEntity.class, IdpEntity.NAME_KEY, IdpEntity::getNameKey);
    }

    @Override
    public List<IdpConfig> findAll() {
        return rows.all().stream().map(IdpRows::toConfig).sorted(NamedRows.byName(IdpConfig::name)).toList();
    }

    @Override
    public Optional<IdpConfig> find(long id) {
        return rows.byId(id).map(IdpRows::toConfig);
    }

    @Override
    public Optional<IdpConfig> findByName(String name) {
        return rows.byName(name).map(IdpRows::toConfig);
    }

    @Override
    public IdpConfig create(IdpConfig idp) {
        return ao.executeInTransaction(() -> IdpRows.toConfig(ao.create(IdpEntity.class, IdpRows.values(idp))));
    }

    @Override
    public Optional<IdpConfig> update(IdpConfig idp) {
        if (idp.id() == null) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> rows.byId(idp.id()).map(row -> {
            IdpRows.update(row, idp);
            return IdpRows.toConfig(row);
        }));
    }

    @Override
    public boolean delete(long id) {
        return rows.delete(id);
    }
}
