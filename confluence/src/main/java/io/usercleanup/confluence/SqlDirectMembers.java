package io.usercleanup.confluence;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.sql.ConnectionSource;
import io.usercleanup.core.directory.sql.PagedMemberRead;
import io.usercleanup.core.directory.sql.SqlReadUnavailableException;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the direct members of groups from Confluence's Crowd and login tables
 * ({@link ConfluenceTableQueries}) through SAL's {@link TransactionalExecutorFactory}, in the
 * core's pages ({@link PagedMemberRead}). Each piece of work runs in a read-only transaction of
 * its own ({@code createExecutor(true, true)}), so it neither joins nor holds a transaction of the
 * caller's while the cleanup consumes the users.
 */
final class SqlDirectMembers {
    private final PagedMemberRead read;

    SqlDirectMembers(TransactionalExecutorFactory executors) {
        this(executors, PagedMemberRead.PAGE_USERS);
    }

    SqlDirectMembers(TransactionalExecutorFactory executors, int pageUsers) {
        ExecutorConnections connections = new ExecutorConnections(Objects.requireNonNull(executors, "executors"));
        this.read = new PagedMemberRead(connections,
                connection -> new ConfluenceTableQueries(connections.schema(),
                        connection.getMetaData().getDatabaseProductName()),
                "Confluence", pageUsers);
    }

    /**
     * Hands every distinct direct member of the groups to the sink once, in user id order.
     *
     * @param groupNames the groups as Confluence resolved them; their names are the ones reported
     * @throws SqlReadUnavailableException when the tables cannot be read before any user is
     *                                     handed out (the caller may read another way)
     * @throws DirectoryAccessException    when reading fails after users were handed out
     */
    void forEach(List<String> groupNames, Consumer<DirectoryUser> sink) {
        read.forEach(groupNames, sink);
    }

    /** SAL's executors, a new read-only transaction for each piece of work. */
    private record ExecutorConnections(TransactionalExecutorFactory executors) implements ConnectionSource {
        @Override
        public <T> T withConnection(Work<T> work) {
            return executor().execute(connection -> Work.unchecked(work, connection));
        }

        /** Confluence's schema, or {@code null} when none is configured. */
        String schema() {
            return executor().getSchemaName().getOrNull();
        }

        private TransactionalExecutor executor() {
            return Objects.requireNonNull(executors.createExecutor(true, true), "Confluence's transactional executor");
        }
    }
}
