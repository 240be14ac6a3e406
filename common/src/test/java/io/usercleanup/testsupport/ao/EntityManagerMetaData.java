package io.usercleanup.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.db.SQLServerDatabaseProvider;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Module metadata of an {@link EntityManagerActiveObjects}: always initialised, its database known. */
final class EntityManagerMetaData implements ActiveObjectsModuleMetaData {

    private final EntityManager entityManager;

    EntityManagerMetaData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void awaitInitialization() {
        // Ready once constructed.
    }

    @Override
    public void awaitInitialization(long timeout, TimeUnit unit) {
        // Ready once constructed.
    }

    @Override
    public boolean isInitialized() {
        return true;
    }

    @Override
    public DatabaseType getDatabaseType() {
        DatabaseProvider provider = entityManager.getProvider();
        if (provider instanceof H2DatabaseProvider) {
            return DatabaseType.H2;
        }
        if (provider instanceof PostgreSQLDatabaseProvider) {
            return DatabaseType.POSTGRESQL;
        }
        if (provider instanceof MySQLDatabaseProvider) {
            return DatabaseType.MYSQL;
        }
        if (provider instanceof OracleDatabaseProvider) {
            return DatabaseType.ORACLE;
        }
        if (provider instanceof SQLServerDatabaseProvider) {
            return DatabaseType.MS_SQL;
        }
        if (provider instanceof HSQLDatabaseProvider) {
            return DatabaseType.HSQL;
        }
        return DatabaseType.UNKNOWN;
    }

    @Override
    public boolean isDataSourcePresent() {
        return true;
    }

    @Override
    public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
        String table = entityManager.getNameConverters().getTableNameConverter().getName(type);
        try (Connection connection = entityManager.getProvider().getConnection()) {
            for (String name : new String[] {table, table.toLowerCase(Locale.ENGLISH)}) {
                try (ResultSet tables = connection.getMetaData().getTables(
                        connection.getCatalog(), entityManager.getProvider().getSchema(), name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
