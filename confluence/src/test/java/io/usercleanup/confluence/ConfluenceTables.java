package io.usercleanup.confluence;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.atlassian.fugue.Option;
import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 database with the tables the SQL read uses, laid out as Confluence 8.7.2 lays them out
 * (the columns of docs/confluence-api-facts.md, "Tables the SQL read uses"), in a schema of its
 * own, and SAL's executors over it as Confluence offers them. The executors count the pieces of
 * work and fail from a chosen one on.
 */
final class ConfluenceTables implements TransactionalExecutorFactory {
    static final String SCHEMA = "CONF";

    private final JdbcDataSource dataSource = new JdbcDataSource();
    final AtomicInteger executions = new AtomicInteger();
    private volatile int failFrom = Integer.MAX_VALUE;
    private volatile String schema = SCHEMA;

    ConfluenceTables(String database) throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        update("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        update("CREATE SCHEMA " + SCHEMA);
        update("CREATE TABLE CONF.cwd_directory (id BIGINT PRIMARY KEY, directory_name VARCHAR(255),"
                + " active CHAR(1) NOT NULL, directory_type VARCHAR(32))");
        update("CREATE TABLE CONF.cwd_application (id BIGINT PRIMARY KEY, application_name VARCHAR(255),"
                + " lower_application_name VARCHAR(255), active CHAR(1))");
        update("CREATE TABLE CONF.cwd_app_dir_mapping (id BIGINT PRIMARY KEY, application_id BIGINT,"
                + " directory_id BIGINT NOT NULL, allow_all CHAR(1) NOT NULL, list_index INTEGER)");
        update("CREATE TABLE CONF.cwd_user (id BIGINT PRIMARY KEY, user_name VARCHAR(255) NOT NULL,"
                + " lower_user_name VARCHAR(255) NOT NULL, active CHAR(1) NOT NULL, created_date TIMESTAMP NOT NULL,"
                + " display_name VARCHAR(255), email_address VARCHAR(255), directory_id BIGINT NOT NULL)");
        update("CREATE TABLE CONF.cwd_group (id BIGINT PRIMARY KEY, group_name VARCHAR(255) NOT NULL,"
                + " lower_group_name VARCHAR(255) NOT NULL, active CHAR(1) NOT NULL, directory_id BIGINT NOT NULL)");
        update("CREATE TABLE CONF.cwd_membership (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL,"
                + " child_group_id BIGINT, child_user_id BIGINT)");
        update("CREATE TABLE CONF.user_mapping (user_key VARCHAR(255) PRIMARY KEY, username VARCHAR(255),"
                + " lower_username VARCHAR(255) UNIQUE)");
        update("CREATE TABLE CONF.logininfo (id BIGINT PRIMARY KEY, curfailed INTEGER, totalfailed INTEGER,"
                + " successdate TIMESTAMP, prevsuccessdate TIMESTAMP, faileddate TIMESTAMP,"
                + " username VARCHAR(255) NOT NULL UNIQUE)");
        update("INSERT INTO CONF.cwd_application VALUES (1, 'Confluence', 'confluence', 'T')");
        // Another application's order must not count.
        update("INSERT INTO CONF.cwd_application VALUES (2, 'Other', 'other', 'T')");
    }

    /** A directory at this place in Confluence's order, and in the reverse order for the other application. */
    ConfluenceTables directory(long id, boolean active, int listIndex) throws SQLException {
        update("INSERT INTO CONF.cwd_directory VALUES (?, ?, ?, 'INTERNAL')", id, "Directory " + id, flag(active));
        update("INSERT INTO CONF.cwd_app_dir_mapping VALUES (?, 1, ?, 'T', ?)", id, id, listIndex);
        update("INSERT INTO CONF.cwd_app_dir_mapping VALUES (?, 2, ?, 'T', ?)", 1000 + id, id, 100 - listIndex);
        return this;
    }

    ConfluenceTables group(long id, String name, long directoryId) throws SQLException {
        update("INSERT INTO CONF.cwd_group VALUES (?, ?, ?, 'T', ?)", id, name, name.toLowerCase(), directoryId);
        return this;
    }

    /** A user, and its user key unless an earlier directory's user of the same name has one. */
    ConfluenceTables user(long id, String name, boolean active, Instant created, long directoryId) throws SQLException {
        update("INSERT INTO CONF.cwd_user VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, name, name.toLowerCase(), flag(active),
                Timestamp.from(created), name + " Name", name.toLowerCase() + "@example.com", directoryId);
        update("INSERT INTO CONF.user_mapping SELECT ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                + " (SELECT 1 FROM CONF.user_mapping WHERE lower_username = ?)", "k" + id + "-key", name,
                name.toLowerCase(), name.toLowerCase());
        return this;
    }

    ConfluenceTables member(long id, long groupId, long userId) throws SQLException {
        update("INSERT INTO CONF.cwd_membership VALUES (?, ?, NULL, ?)", id, groupId, userId);
        return this;
    }

    ConfluenceTables nested(long id, long parentId, long childGroupId) throws SQLException {
        update("INSERT INTO CONF.cwd_membership VALUES (?, ?, ?, NULL)", id, parentId, childGroupId);
        return this;
    }

    /** The last successful login, in the login record of the user key the name maps to. */
    ConfluenceTables login(long id, String name, Instant at) throws SQLException {
        update("INSERT INTO CONF.logininfo (id, curfailed, totalfailed, successdate, username)"
                + " SELECT ?, 0, 0, ?, user_key FROM CONF.user_mapping WHERE lower_username = ?",
                id, Timestamp.from(at), name.toLowerCase());
        return this;
    }

    /** The executions from this one on (1 is the first) fail. */
    void failFrom(int execution) {
        failFrom = execution;
    }

    /** The schema the executors name. */
    void schema(String name) {
        schema = name;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                if (executions.incrementAndGet() >= failFrom) {
                    throw new IllegalStateException("database went away");
                }
                try (Connection connection = dataSource.getConnection()) {
                    connection.setReadOnly(readOnly);
                    return callback.execute(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            @Override
            public Option<String> getSchemaName() {
                return Option.option(schema);
            }

            @Override
            public TransactionalExecutor readOnly() {
                return this;
            }

            @Override
            public TransactionalExecutor readWrite() {
                return this;
            }

            @Override
            public TransactionalExecutor newTransaction() {
                return this;
            }

            @Override
            public TransactionalExecutor existingTransaction() {
                return this;
            }
        };
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static String flag(boolean value) {
        return value ? "T" : "F";
    }
}
