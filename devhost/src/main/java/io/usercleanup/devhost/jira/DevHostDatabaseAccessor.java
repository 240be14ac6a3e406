package io.usercleanup.devhost.jira;

import com.atlassian.jira.database.ConnectionFunction;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.database.DatabaseConnection;
import com.atlassian.jira.database.DatabaseVendor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira's {@link DatabaseAccessor} over the dev host's database: each {@link #executeQuery} borrows
 * a connection and gives it back when the callback returns, rolling back first if the callback
 * failed outside auto-commit, as Jira's does. The schema is the connection's current one (Jira's
 * configured schema, such as {@code public} on PostgreSQL), so that callers that put it in front
 * of table names are exercised; MySQL and MariaDB have none.
 */
public final class DevHostDatabaseAccessor implements DatabaseAccessor {
    private final DataSource dataSource;

    public DevHostDatabaseAccessor(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** As Jira, refuses a database that is none of the vendors it supports. */
    @Override
    public DatabaseVendor getDatabaseVendor() {
        String product = metadata(connection -> connection.getMetaData().getDatabaseProductName());
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return DatabaseVendor.POSTGRES;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return DatabaseVendor.MY_SQL;
        }
        if (name.contains("h2")) {
            return DatabaseVendor.H2;
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }

    @Override
    public Optional<String> getSchemaName() {
        return Optional.ofNullable(metadata(Connection::getSchema)).filter(schema -> !schema.isBlank());
    }

    @Override
    public <R> R executeQuery(ConnectionFunction<R> callback) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseConnection lent = () -> connection;
            try {
                return callback.run(lent);
            } catch (RuntimeException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The dev host's database failed: " + e.getMessage(), e);
        }
    }

    private <T> T metadata(SqlFunction<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            return read.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The dev host's database failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
