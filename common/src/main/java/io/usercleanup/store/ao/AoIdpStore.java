package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.IdpConfig;
import io.usercleanup.core.store.IdpInUseException;
import io.usercleanup.core.store.IdpStore;
import net.java.ao.Query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IdpStore} on Active Objects. Names are unique by the database's constraint on
 * {@link IdpEntity#getNameKey()}; a save the constraint refuses becomes a
 * {@link io.usercleanup.core.store.DuplicateNameException}. A provider is deleted only while no cleanup names it, checked
 * after the delete in its transaction (see {@link AoCleanupStore} for why that cannot interleave
 * with a cleanup being saved).
 */
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
        Map<String, Object> values = IdpRows.values(idp);
        return NamedRows.refusingDuplicates(idp.name(),
                () -> ao.executeInTransaction(() -> IdpRows.toConfig(ao.create(IdpEntity.class, values))));
    }

    @Override
    public Optional<IdpConfig> update(IdpConfig idp) {
        if (idp.id() == null) {
            return Optional.empty();
        }
        return NamedRows.refusingDuplicates(idp.name(), () -> ao.executeInTransaction(() -> rows.byId(idp.id()).map(row -> {
            IdpRows.update(row, idp);
            return IdpRows.toConfig(row);
        })));
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            // The delete comes first: it takes the row's lock, so a cleanup being saved with this
            // provider has either committed (and is counted below) or waits and then finds no row.
            if (ao.deleteWithSQL(IdpEntity.class, IdpEntity.ID + " = ?", id) == 0) {
                return false;
            }
            if (ao.count(CleanupEntity.class, Query.select(CleanupEntity.ID).where(CleanupEntity.IDP_ID + " = ?", id)) > 0) {
                throw new IdpInUseException(id);
            }
            return true;
        });
    }

}
