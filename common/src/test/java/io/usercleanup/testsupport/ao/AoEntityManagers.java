package io.usercleanup.testsupport.ao;

import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Builds Active Objects {@link EntityManager}s named the way the host names a plugin's schema:
 * Atlassian's converters (upper-case, underscored, length-checked names) under the namespace's
 * {@link AtlassianTablePrefix}, managing only that prefix's tables.
 */
public final class AoEntityManagers {

    private AoEntityManagers() {
    }

    /**
     * An entity manager for the database. Each operation outside a transaction opens its own
     * connection, so an in-memory H2 URL must keep its database open between connections
     * ({@link JdbcUrls#normalise} sees to that).
     */
    public static EntityManager create(String jdbcUrl, String user, String password, String namespace) {
        AtlassianTablePrefix prefix = new AtlassianTablePrefix(namespace);
        return EntityManagerBuilder.url(JdbcUrls.normalise(jdbcUrl))
                .username(user == null ? "" : user)
                .password(password == null ? "" : password)
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .schemaConfiguration(new PrefixSchemaConfiguration(prefix))
                .build();
    }

    /**
     * An entity manager whose connections come from the data source, such as a pooled one: the
     * host's Active Objects borrows from Jira's pool, so measurements of many small queries (a
     * report read page by page) need one too. H2, PostgreSQL and MySQL/MariaDB.
     */
    public static EntityManager create(DataSource dataSource, String namespace) {
        AtlassianTablePrefix prefix = new AtlassianTablePrefix(namespace);
        DisposableDataSource disposable = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> {
            if (dataSource instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        NameConverters names = new AtlassianNames(prefix);
        SchemaConfiguration schema = new PrefixSchemaConfiguration(prefix);
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        return new EntityManager(provider(dataSource, disposable), new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        });
    }

    private static DatabaseProvider provider(DataSource dataSource, DisposableDataSource disposable) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
        if (product.contains("h2")) {
            return new H2DatabaseProvider(disposable);
        }
        if (product.contains("postgresql")) {
            return new PostgreSQLDatabaseProvider(disposable);
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return new MySQLDatabaseProvider(disposable);
        }
        throw new IllegalArgumentException("No Active Objects provider for " + product);
    }

    /** Atlassian's name converters under the namespace's table prefix, as the host configures them. */
    private static final class AtlassianNames implements NameConverters {
        private final AtlassianTableNameConverter tables;
        private final AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        private final AtlassianSequenceNameConverter sequences = new AtlassianSequenceNameConverter();
        private final AtlassianTriggerNameConverter triggers = new AtlassianTriggerNameConverter();
        private final AtlassianIndexNameConverter indexes = new AtlassianIndexNameConverter();
        private final AtlassianUniqueNameConverter uniques = new AtlassianUniqueNameConverter();

        AtlassianNames(AtlassianTablePrefix prefix) {
            this.tables = new AtlassianTableNameConverter(prefix);
        }

        @Override
        public net.java.ao.schema.TableNameConverter getTableNameConverter() {
            return tables;
        }

        @Override
        public net.java.ao.schema.FieldNameConverter getFieldNameConverter() {
            return fields;
        }

        @Override
        public net.java.ao.schema.SequenceNameConverter getSequenceNameConverter() {
            return sequences;
        }

        @Override
        public net.java.ao.schema.TriggerNameConverter getTriggerNameConverter() {
            return triggers;
        }

        @Override
        public net.java.ao.schema.IndexNameConverter getIndexNameConverter() {
            return indexes;
        }

        @Override
        public net.java.ao.schema.UniqueNameConverter getUniqueNameConverter() {
            return uniques;
        }
    }
}
