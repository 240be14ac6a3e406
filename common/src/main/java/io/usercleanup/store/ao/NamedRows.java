package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.store.DuplicateNameException;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lookups shared by the tables of named definitions, which are small: lists are sorted in Java, so
 * the order is the same on every database whatever its collation.
 *
 * @param <T> the entity type
 */
final class NamedRows<T extends LongIdEntity> {

    private final ActiveObjects ao;
    private final Class<T> type;
    private final String nameKeyColumn;
    private final Function<T, String> nameKey;

    NamedRows(ActiveObjects ao, Class<T> type, String nameKeyColumn, Function<T, String> nameKey) {
        this.ao = ao;
        this.type = type;
        this.nameKeyColumn = nameKeyColumn;
        this.nameKey = nameKey;
    }

    /** Orders by name, case-insensitively, then by the exact spelling. */
    static <V> Comparator<V> byName(Function<V, String> name) {
        return Comparator.comparing((V value) -> Names.definitionKey(name.apply(value))).thenComparing(name);
    }

    List<T> all() {
        return Arrays.asList(ao.find(type));
    }

    List<T> where(String criteria, Object... parameters) {
        return Arrays.asList(ao.find(type, Query.select().where(criteria, parameters)));
    }

    Optional<T> byId(long id) {
        return where(LongIdEntity.ID + " = ?", id).stream().findFirst();
    }

    /**
     * The row whose name matches case-insensitively. The database compares the lower-cased key;
     * the exact comparison here keeps an accent-insensitive collation from matching other names.
     */
    Optional<T> byName(String name) {
        String key = Names.definitionKey(name);
        return where(nameKeyColumn + " = ?", key).stream()
                .filter(row -> key.equals(nameKey.apply(row)))
                .min(Comparator.comparingLong(LongIdEntity::getID));
    }

    /**
     * Runs the save, turning the database's refusal of a duplicate name key into a
     * {@link DuplicateNameException}: the key's unique constraint is the only one a definition's
     * row can break.
     */
    static <V> V refusingDuplicates(String name, Supplier<V> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (ConstraintViolations.isConstraintViolation(e)) {
                throw new DuplicateNameException(name, e);
            }
            throw e;
        }
    }

    boolean delete(long id) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(type, LongIdEntity.ID + " = ?", id) > 0);
    }
}
