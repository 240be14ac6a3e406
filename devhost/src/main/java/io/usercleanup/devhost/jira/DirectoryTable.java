package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code cwd_directory} with each directory's {@code cwd_directory_operation} rows. */
final class DirectoryTable {
    private static final String COLUMNS = "id, directory_name, directory_type, active, impl_class, description, "
            + "created_date, updated_date";

    private final Jdbc jdbc;

    DirectoryTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every directory in Crowd's order, the order in which Jira resolves a username. */
    List<DevHostDirectory> all() {
        Map<Long, Set<OperationType>> operations = operations();
        List<DevHostDirectory> directories = new ArrayList<>();
        for (Row row : jdbc.list("SELECT " + COLUMNS + " FROM cwd_directory ORDER BY directory_position, id",
                DirectoryTable::row)) {
            directories.add(row.toDirectory(operations.getOrDefault(row.id, Set.of())));
        }
        return directories;
    }

    Optional<DevHostDirectory> byId(long id) {
        return all().stream().filter(directory -> directory.getId() == id).findFirst();
    }

    Optional<DevHostDirectory> byName(String name) {
        return all().stream().filter(directory -> directory.getName().equalsIgnoreCase(name)).findFirst();
    }

    private Map<Long, Set<OperationType>> operations() {
        Map<Long, Set<OperationType>> operations = new HashMap<>();
        jdbc.list("SELECT directory_id, operation_type FROM cwd_directory_operation",
                rs -> operations.computeIfAbsent(rs.getLong("directory_id"), id -> EnumSet.noneOf(OperationType.class))
                        .add(OperationType.valueOf(rs.getString("operation_type"))));
        return operations;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("directory_name"),
                DirectoryType.valueOf(rs.getString("directory_type")), rs.getInt("active") == 1,
                rs.getString("impl_class"), rs.getString("description"),
                Jdbc.instant(rs, "created_date"), Jdbc.instant(rs, "updated_date"));
    }

    private record Row(long id, String name, DirectoryType type, boolean active, String implementationClass,
                       String description, Instant created, Instant updated) {
        DevHostDirectory toDirectory(Set<OperationType> operations) {
            return new DevHostDirectory(id, name, type, active, implementationClass, description,
                    Date.from(created), Date.from(updated), operations);
        }
    }
}
