package io.usercleanup.devhost.jira;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.atlassian.fugue.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * SAL's {@link TransactionalExecutorFactory} over the dev host's database, as Confluence offers
 * it to plugins: an executor runs each callback on a connection of its own in one transaction,
 * committed when the callback returns and rolled back when it throws; a read-only executor marks
 * the connection read-only for the callback. The schema it names is Confluence's
 * ({@link ConfluenceSchema}), where the dev host keeps Confluence's layout of its tables. There is
 * no transaction on the thread to join, so a new and an existing transaction are the same here.
 */
public final class DevHostTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final DataSource dataSource;

    public DevHostTransactionalExecutorFactory(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly);
    }

    private final class Executor implements TransactionalExecutor {
        private final boolean readOnly;

        Executor(boolean readOnly) {
            this.readOnly = readOnly;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                connection.setReadOnly(readOnly);
                try {
                    A result = callback.execute(connection);
                    connection.commit();
                    return result;
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setReadOnly(false);
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The dev host's database failed: " + e.getMessage(), e);
            }
        }

        @Override
        public Option<String> getSchemaName() {
            try (Connection connection = dataSource.getConnection()) {
                return Option.some(ConfluenceSchema.name(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("The dev host's database failed: " + e.getMessage(), e);
            }
        }

        @Override
        public TransactionalExecutor readOnly() {
            return new Executor(true);
        }

        @Override
        public TransactionalExecutor readWrite() {
            return new Executor(false);
        }

        @Override
        public TransactionalExecutor newTransaction() {
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            return this;
        }
    }
}
