package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.model.Names;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes rows straight into the dev host's Crowd tables (and Confluence's login records), with ids chosen by the caller and none
 * of a fixture's checks, for directories a fixture cannot describe (a username in two
 * directories, an inactive directory, odd attribute values) or is too slow to load (a million
 * users). Rows are sent as multi-row {@code INSERT}s, several hundred rows per statement, on the
 * caller's connection and in the caller's transaction; {@link #flush} sends what is left.
 */
public final class CrowdRowWriter {
    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Instant now;
    private final String confluenceLogins;

    /**
     * @param connection the connection to write on
     * @param now        the time written as rows' creation and update times where the caller gives none
     */
    public CrowdRowWriter(Connection connection, Instant now) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.confluenceLogins = ConfluenceSchema.loginTable(connection);
        add("cwd_directory", "id, directory_name, lower_directory_name, created_date, updated_date, active,"
                + " impl_class, lower_impl_class, directory_type, directory_position");
        add("cwd_directory_operation", "directory_id, operation_type");
        add("cwd_group", "id, group_name, lower_group_name, active, local, created_date, updated_date, group_type,"
                + " directory_id");
        add("cwd_user", "id, directory_id, user_name, lower_user_name, active, created_date, updated_date,"
                + " display_name, lower_display_name, email_address, lower_email_address, deleted_externally");
        add("cwd_user_attributes", "id, user_id, directory_id, attribute_name, attribute_value, lower_attribute_value");
        add("cwd_membership", "id, parent_id, child_id, membership_type, group_type, parent_name, lower_parent_name,"
                + " child_name, lower_child_name, directory_id");
        add("devhost_application", "application_key, application_name, display_order");
        add(confluenceLogins, "id, curfailed, totalfailed, successdate, username");
        add("licenserolesgroup", "id, license_role_name, group_id, primary_group");
    }

    /** Drops the Crowd tables and creates them empty. */
    public static void resetTables(DataSource dataSource) {
        Jdbc jdbc = new Jdbc(dataSource);
        CrowdSchema.drop(jdbc);
        CrowdSchema.create(jdbc);
    }

    /** A directory; a writable one allows every Crowd operation, a read-only one none. */
    public CrowdRowWriter directory(long id, String name, DirectoryType type, boolean active, long position,
                                    boolean readOnly) throws SQLException {
        row("cwd_directory", id, name, Names.key(name), now, now, active, Jdbc.text(null), Jdbc.text(null),
                type.name(), position);
        if (!readOnly) {
            for (OperationType operation : OperationType.values()) {
                row("cwd_directory_operation", id, operation.name());
            }
        }
        return this;
    }

    public CrowdRowWriter group(long id, String name, long directoryId) throws SQLException {
        row("cwd_group", id, name, Names.key(name), true, false, now, now, "GROUP", directoryId);
        return this;
    }

    /** A user; {@code created}, {@code displayName} and {@code email} may be {@code null}. */
    public CrowdRowWriter user(long id, long directoryId, String username, boolean active, Instant created,
                               String displayName, String email) throws SQLException {
        Instant createdMillis = created == null ? null : created.truncatedTo(ChronoUnit.MILLIS);
        row("cwd_user", id, directoryId, username, Names.key(username), active, Jdbc.timestamp(createdMillis), now,
                Jdbc.text(displayName), Jdbc.text(lower(displayName)), Jdbc.text(email), Jdbc.text(lower(email)), false);
        return this;
    }

    /** A user attribute, such as {@code login.lastLoginMillis}, stored as given. */
    public CrowdRowWriter attribute(long id, long userId, long directoryId, String name, String value)
            throws SQLException {
        row("cwd_user_attributes", id, userId, directoryId, name, Jdbc.text(value), Jdbc.text(lower(value)));
        return this;
    }

    /** Confluence's record of the username's last successful login ({@code logininfo}, by user key). */
    public CrowdRowWriter confluenceLogin(long id, String username, Instant at) throws SQLException {
        row(confluenceLogins, id, 0, 0, Jdbc.timestamp(at), ConfluenceSchema.userKey(username));
        return this;
    }

    /** A direct membership of a user ({@code GROUP_USER}) or of a group ({@code GROUP_GROUP}) in a group. */
    public CrowdRowWriter membership(long id, long parentId, String parentName, long childId, String childName,
                                     boolean childIsGroup, long directoryId) throws SQLException {
        row("cwd_membership", id, parentId, childId, childIsGroup ? "GROUP_GROUP" : "GROUP_USER", "GROUP",
                parentName, Names.key(parentName), childName, Names.key(childName), directoryId);
        return this;
    }

    /** An application with its licensing groups, the first being its default group. */
    public CrowdRowWriter application(String key, String name, int order, long firstRowId, List<String> groups)
            throws SQLException {
        row("devhost_application", key, name, order);
        for (int i = 0; i < groups.size(); i++) {
            row("licenserolesgroup", firstRowId + i, key, groups.get(i), i == 0 ? "Y" : "N");
        }
        return this;
    }

    /** Sends every row still waiting. */
    public void flush() throws SQLException {
        for (Table table : tables.values()) {
            table.send(connection);
        }
    }

    private void add(String name, String columns) {
        tables.put(name, new Table(name, columns));
    }

    private void row(String table, Object... values) throws SQLException {
        Table target = tables.get(table);
        target.rows.add(values);
        if (target.rows.size() >= ROWS_PER_STATEMENT) {
            target.send(connection);
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** Rows waiting for one table. */
    private static final class Table {
        private final String name;
        private final String columns;
        private final int columnCount;
        private final List<Object[]> rows = new ArrayList<>();

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.columnCount = columns.split(",").length;
        }

        void send(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String placeholders = "(" + String.join(", ", Collections.nCopies(columnCount, "?")) + ")";
            String sql = "INSERT INTO " + name + " (" + columns + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows.size(), placeholders));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Object[] values = new Object[rows.size() * columnCount];
                int i = 0;
                for (Object[] row : rows) {
                    System.arraycopy(row, 0, values, i, columnCount);
                    i += columnCount;
                }
                Jdbc.bind(statement, values);
                statement.executeUpdate();
            }
            rows.clear();
        }
    }
}
