package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.store.CleanupStore;
import io.usercleanup.core.store.MissingIdpException;
import net.java.ao.Query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CleanupStore} on Active Objects. Names are unique by the database's constraint on
 * {@link CleanupEntity#getNameKey()}; a save the constraint refuses becomes a
 * {@link io.usercleanup.core.store.DuplicateNameException}.
 *
 * <p>A cleanup that names an identity provider is saved in a transaction whose first statement
 * writes the provider's row ({@link IdpEntity#getReferencedAt()}), then checks that the row is
 * still there. That write holds the row's lock until the save commits, and {@link AoIdpStore#delete}
 * deletes the row (taking the same lock) before it looks for cleanups naming it: whichever comes
 * second waits for the first and then sees what it did, so a delete and a save can never both
 * succeed. The check sees the delete because the lock is the transaction's first statement (on
 * MySQL and MariaDB under REPEATABLE READ the snapshot is taken at the first read after it) or
 * because each statement reads afresh (READ COMMITTED, which Jira requires on MySQL and uses on
 * PostgreSQL).
 */
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
        Map<String, Object> values = CleanupRows.values(cleanup);
        IdpEntity idp = idpRow(cleanup.idpId());
        return NamedRows.refusingDuplicates(cleanup.name(), () -> ao.executeInTransaction(() -> {
            hold(idp);
            return CleanupRows.toDefinition(ao.create(CleanupEntity.class, values));
        }));
    }

    @Override
    public Optional<CleanupDefinition> update(CleanupDefinition cleanup) {
        if (cleanup.id() == null) {
            return Optional.empty();
        }
        IdpEntity idp = idpRow(cleanup.idpId());
        return NamedRows.refusingDuplicates(cleanup.name(), () -> ao.executeInTransaction(() -> {
            hold(idp);
            return rows.byId(cleanup.id()).map(row -> {
                CleanupRows.update(row, cleanup);
                return CleanupRows.toDefinition(row);
            });
        }));
    }

    /**
     * The row of the identity provider the cleanup names, read before the saving transaction so that
     * the transaction's first statement is {@link #hold}'s write; {@code null} when it names none.
     */
    private IdpEntity idpRow(Long idpId) {
        if (idpId == null) {
            return null;
        }
        IdpEntity[] found = ao.find(IdpEntity.class, Query.select(IdpEntity.ID).where(IdpEntity.ID + " = ?", idpId));
        if (found.length == 0) {
            throw new MissingIdpException(idpId);
        }
        return found[0];
    }

    /** Locks the provider's row for the rest of the transaction, and checks that it still exists. */
    private void hold(IdpEntity idp) {
        if (idp == null) {
            return;
        }
        idp.setReferencedAt(System.currentTimeMillis());
        idp.save();
        if (ao.count(IdpEntity.class, Query.select(IdpEntity.ID).where(IdpEntity.ID + " = ?", idp.getID())) == 0) {
            throw new MissingIdpException(idp.getID());
        }
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
