package io.usercleanup.jira;

import com.atlassian.jira.database.DatabaseAccessor;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.directory.sql.ConnectionSource;
import io.usercleanup.core.directory.sql.PagedMemberRead;
import io.usercleanup.core.directory.sql.SqlReadUnavailableException;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the direct members of groups from Jira's Crowd tables ({@link CrowdTableQueries}) through
 * Jira's {@link DatabaseAccessor}, in the core's pages ({@link PagedMemberRead}). Each page
 * borrows a connection from Jira's pool only while its query runs, as the accessor asks.
 */
final class SqlDirectMembers {
    private final PagedMemberRead read;

    SqlDirectMembers(DatabaseAccessor database) {
        this(database, PagedMemberRead.PAGE_USERS);
    }

    SqlDirectMembers(DatabaseAccessor database, int pageUsers) {
        Objects.requireNonNull(database, "database");
        this.read = new PagedMemberRead(new AccessorConnections(database),
                connection -> new CrowdTableQueries(database.getSchemaName().orElse(null),
                        database.getDatabaseVendor().name()),
                "Jira", pageUsers);
    }

    /**
     * Hands every distinct direct member of the groups to the sink once, in user id order.
     *
     * @param groupNames the groups as Jira resolved them; their names are the ones reported
     * @throws SqlReadUnavailableException when the tables cannot be read before any user is
     *                                     handed out (the caller may read another way)
     * @throws DirectoryAccessException    when reading fails after users were handed out
     */
    void forEach(List<String> groupNames, Consumer<DirectoryUser> sink) {
        read.forEach(groupNames, sink);
    }

    /** The accessor's connections, one per piece of work. */
    private record AccessorConnections(DatabaseAccessor database) implements ConnectionSource {
        @Override
        public <T> T withConnection(Work<T> work) {
            return database.executeQuery(connection -> Work.unchecked(work, connection.getJdbcConnection()));
        }
    }
}
