package io.usercleanup.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import javax.sql.DataSource;
import java.util.List;

/**
 * A database holding one namespace's Active Objects tables, named as the host names them, with a
 * ready {@link ActiveObjects} on it.
 */
public final class AoDatabase implements AutoCloseable {

    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;
    private final List<Class<? extends RawEntity<?>>> entities;

    private AoDatabase(EntityManager entityManager, List<Class<? extends RawEntity<?>>> entities) {
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        this.entities = entities;
    }

    /**
     * Connects and migrates the entities' tables without dropping anything, as the host does when it
     * enables a plugin.
     *
     * @param jdbcUrl   a JDBC URL; credentials may be in it instead of in {@code user} and {@code password}
     * @param user      the database user, or {@code null}
     * @param password  the password, or {@code null}
     * @param namespace the Active Objects namespace the table names derive from
     * @param entities  the entity classes
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static AoDatabase open(String jdbcUrl, String user, String password, String namespace,
                                  Class<? extends RawEntity<?>>... entities) {
        AoDatabase database = new AoDatabase(
                AoEntityManagers.create(jdbcUrl, user, password, namespace), List.of(entities));
        try {
            database.activeObjects.migrate(entities);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * As {@link #open(String, String, String, String, Class[])}, with connections from the data
     * source (see {@link AoEntityManagers#create(DataSource, String)}); closing the database
     * closes the data source if it can be closed.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static AoDatabase open(DataSource dataSource, String namespace, Class<? extends RawEntity<?>>... entities) {
        AoDatabase database = new AoDatabase(AoEntityManagers.create(dataSource, namespace), List.of(entities));
        try {
            database.activeObjects.migrate(entities);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public DatabaseType databaseType() {
        return activeObjects.moduleMetaData().getDatabaseType();
    }

    /** The table name of an entity, such as {@code AO_5234D6_RUN}. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getNameConverters().getTableNameConverter().getName(entity);
    }

    /** The entity manager underneath, for schema inspection. */
    public EntityManager entityManager() {
        return entityManager;
    }

    /** Drops the namespace's tables and creates them afresh from the entities. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void recreateTables() {
        activeObjects.migrateDestructively();
        activeObjects.migrate(entities.toArray(new Class[0]));
    }

    /** Deletes every row of the entities' tables; each must have the conventional {@code ID} key. */
    public void deleteAllRows() {
        activeObjects.executeInTransaction(() -> {
            for (Class<? extends RawEntity<?>> entity : entities) {
                deleteAll(entity);
            }
            return null;
        });
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class<? extends RawEntity<?>> entity) {
        activeObjects.deleteWithSQL((Class) entity, "ID IS NOT NULL");
    }
}
