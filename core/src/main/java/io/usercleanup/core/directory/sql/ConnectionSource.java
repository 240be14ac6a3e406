package io.usercleanup.core.directory.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lends a product's database connection for one piece of work and takes it back when the work
 * returns, the way the product's own API lends it (Jira's {@code DatabaseAccessor}, SAL's
 * {@code TransactionalExecutor}). The work must not keep the connection.
 */
public interface ConnectionSource {
    /**
     * @return what the work returned
     * @throws RuntimeException whatever the product or the work threw; a {@link SQLException} of
     *                          the work arrives wrapped (see {@link Work#unchecked})
     */
    <T> T withConnection(Work<T> work);

    /** Work on a lent connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;

        /** Runs the work; its {@link SQLException} becomes an {@link IllegalStateException} with the same message. */
        static <T> T unchecked(Work<T> work, Connection connection) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
