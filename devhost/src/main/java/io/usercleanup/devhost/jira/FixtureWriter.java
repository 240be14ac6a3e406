package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.model.Names;
import io.usercleanup.devhost.jira.DirectoryFixture.ApplicationEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.DirectoryEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.GroupEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.ProjectEntry;
import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces the contents of the Crowd tables with a fixture, in one transaction, so that readers
 * see either the old directory or the new one. The fixture must have been checked by
 * {@link FixtureReader}; row ids are given out from 10000 on, as Jira's do.
 */
final class FixtureWriter {
    private static final long FIRST_ID = 10000L;
    private static final String GROUP_TYPE = "GROUP";

    private final Jdbc jdbc;

    FixtureWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void replaceWith(DirectoryFixture fixture, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        jdbc.transaction(connection -> {
            for (String table : CrowdSchema.TABLES) {
                Jdbc.update(connection, "DELETE FROM " + table);
            }
            Jdbc.update(connection, "DELETE FROM " + ConfluenceSchema.loginTable(connection));
            writeDirectories(connection, fixture.directories(), at);
            Map<String, Row> groups = writeGroups(connection, fixture, at);
            Map<String, Row> users = writeUsers(connection, fixture.users(), at);
            writeMemberships(connection, fixture, groups, users);
            writeApplications(connection, fixture.applications(), groups);
            writeProjects(connection, fixture.projects());
            return null;
        });
    }

    private static void writeDirectories(Connection connection, List<DirectoryEntry> directories, Instant now)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> operations = new ArrayList<>();
        for (int position = 0; position < directories.size(); position++) {
            DirectoryEntry directory = directories.get(position);
            String implementation = implementationClass(directory.type());
            rows.add(new Object[] {directory.id(), directory.name(), Names.key(directory.name()), now, now, true,
                    Jdbc.text(implementation), Jdbc.text(implementation == null ? null : Names.key(implementation)),
                    directory.type().name(), (long) position});
            // A read-only directory allows no change at all; Crowd decides membership changes with
            // UPDATE_GROUP and user changes with UPDATE_USER, and both are missing.
            if (!directory.readOnly()) {
                for (OperationType operation : OperationType.values()) {
                    operations.add(new Object[] {directory.id(), operation.name()});
                }
            }
        }
        batch(connection, "INSERT INTO cwd_directory (id, directory_name, lower_directory_name, created_date,"
                + " updated_date, active, impl_class, lower_impl_class, directory_type, directory_position)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch(connection, "INSERT INTO cwd_directory_operation (directory_id, operation_type) VALUES (?, ?)", operations);
    }

    /** The class Jira configures for each kind of directory; a custom directory's is its app's own. */
    private static String implementationClass(DirectoryType type) {
        return switch (type) {
            case INTERNAL -> "com.atlassian.crowd.directory.InternalDirectory";
            case CONNECTOR -> "com.atlassian.crowd.directory.MicrosoftActiveDirectory";
            case CROWD -> "com.atlassian.crowd.directory.RemoteCrowdDirectory";
            case DELEGATING -> "com.atlassian.crowd.directory.DelegatedAuthenticationDirectory";
            case AZURE_AD -> "com.atlassian.crowd.directory.AzureAdDirectory";
            default -> null;
        };
    }

    private static Map<String, Row> writeGroups(Connection connection, DirectoryFixture fixture, Instant now)
            throws SQLException {
        Map<Long, DirectoryType> types = new HashMap<>();
        fixture.directories().forEach(d -> types.put(d.id(), d.type()));
        Map<String, Row> ids = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        long id = FIRST_ID;
        for (GroupEntry group : fixture.groups()) {
            ids.put(Names.key(group.name()), new Row(id, group.name(), group.directoryId()));
            // Groups synced from Entra ID carry their Entra object id, as Jira records it.
            String externalId = types.get(group.directoryId()) == DirectoryType.AZURE_AD
                    ? externalId("group", group.directoryId(), group.name())
                    : null;
            rows.add(new Object[] {id++, group.name(), Names.key(group.name()), true, false, now, now,
                    GROUP_TYPE, group.directoryId(), Jdbc.text(externalId)});
        }
        batch(connection, "INSERT INTO cwd_group (id, group_name, lower_group_name, active, local, created_date,"
                + " updated_date, group_type, directory_id, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return ids;
    }

    private static Map<String, Row> writeUsers(Connection connection, List<UserEntry> users, Instant now)
            throws SQLException {
        Map<String, Row> ids = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> attributes = new ArrayList<>();
        List<Object[]> confluenceLogins = new ArrayList<>();
        long id = FIRST_ID;
        long attributeId = FIRST_ID;
        for (UserEntry user : users) {
            ids.put(Names.key(user.username()), new Row(id, user.username(), user.directoryId()));
            Instant created = millis(user.created());
            String[] names = firstAndLastName(user.displayName());
            String externalId = user.externalId() != null
                    ? user.externalId()
                    : externalId("user", user.directoryId(), user.username());
            rows.add(new Object[] {id, user.directoryId(), user.username(), Names.key(user.username()),
                    user.active(), Jdbc.timestamp(created), created == null ? now : created,
                    Jdbc.text(names[0]), Jdbc.text(lower(names[0])), names[1], lower(names[1]),
                    user.displayName(), lower(user.displayName()),
                    Jdbc.text(user.email()), Jdbc.text(lower(user.email())), false, externalId});
            if (user.lastLogin() != null) {
                String millis = Long.toString(user.lastLogin().toEpochMilli());
                attributes.add(new Object[] {attributeId++, id, user.directoryId(), DevHostLoginInfo.LAST_LOGIN,
                        millis, millis});
                attributes.add(new Object[] {attributeId++, id, user.directoryId(), DevHostLoginInfo.COUNT, "1", "1"});
                confluenceLogins.add(new Object[] {id, Jdbc.timestamp(millis(user.lastLogin())),
                        ConfluenceSchema.userKey(user.username())});
            }
            id++;
        }
        batch(connection, "INSERT INTO cwd_user (id, directory_id, user_name, lower_user_name, active, created_date,"
                + " updated_date, first_name, lower_first_name, last_name, lower_last_name, display_name,"
                + " lower_display_name, email_address, lower_email_address, deleted_externally, external_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch(connection, "INSERT INTO cwd_user_attributes (id, user_id, directory_id, attribute_name,"
                + " attribute_value, lower_attribute_value) VALUES (?, ?, ?, ?, ?, ?)", attributes);
        // Confluence's record of the same logins, by user key (ConfluenceSchema).
        batch(connection, "INSERT INTO " + ConfluenceSchema.loginTable(connection)
                + " (id, curfailed, totalfailed, successdate, username) VALUES (?, 0, 0, ?, ?)", confluenceLogins);
        return ids;
    }

    /**
     * A user's membership lives in the user's directory, which is what Crowd asks before changing
     * it; a group's nesting lives in the group's directory.
     */
    private static void writeMemberships(Connection connection, DirectoryFixture fixture, Map<String, Row> groups,
                                         Map<String, Row> users) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        long id = FIRST_ID;
        for (GroupEntry entry : fixture.groups()) {
            Row parent = groups.get(Names.key(entry.name()));
            for (String childName : entry.groups()) {
                Row child = groups.get(Names.key(childName));
                rows.add(membership(id++, parent, child, "GROUP_GROUP", parent.directoryId));
            }
        }
        for (UserEntry entry : fixture.users()) {
            Row user = users.get(Names.key(entry.username()));
            for (String groupName : entry.groups()) {
                rows.add(membership(id++, groups.get(Names.key(groupName)), user, "GROUP_USER", user.directoryId));
            }
        }
        batch(connection, "INSERT INTO cwd_membership (id, parent_id, child_id, membership_type, group_type,"
                + " parent_name, lower_parent_name, child_name, lower_child_name, directory_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] membership(long id, Row parent, Row child, String type, long directoryId) {
        return new Object[] {id, parent.id, child.id, type, GROUP_TYPE, parent.name, Names.key(parent.name),
                child.name, Names.key(child.name), directoryId};
    }

    /** The first group of an application is its default group, the one new users would get. */
    private static void writeApplications(Connection connection, List<ApplicationEntry> applications,
                                          Map<String, Row> groups) throws SQLException {
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> roleGroups = new ArrayList<>();
        long id = FIRST_ID;
        for (int order = 0; order < applications.size(); order++) {
            ApplicationEntry application = applications.get(order);
            roles.add(new Object[] {application.key(), application.name(), order});
            for (int i = 0; i < application.groups().size(); i++) {
                String group = groups.get(Names.key(application.groups().get(i))).name;
                roleGroups.add(new Object[] {id++, application.key(), group, i == 0 ? "Y" : "N"});
            }
        }
        batch(connection, "INSERT INTO devhost_application (application_key, application_name, display_order)"
                + " VALUES (?, ?, ?)", roles);
        batch(connection, "INSERT INTO licenserolesgroup (id, license_role_name, group_id, primary_group)"
                + " VALUES (?, ?, ?, ?)", roleGroups);
    }

    private static void writeProjects(Connection connection, List<ProjectEntry> projects) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        long id = FIRST_ID;
        for (ProjectEntry project : projects) {
            rows.add(new Object[] {id++, project.name(), project.key(), Names.key(project.lead())});
        }
        batch(connection, "INSERT INTO project (id, pname, pkey, lead) VALUES (?, ?, ?, ?)", rows);
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                Jdbc.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Crowd keeps first and last name apart; the display name's last word is taken as the last name. */
    private static String[] firstAndLastName(String displayName) {
        String trimmed = displayName.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0
                ? new String[] {null, trimmed}
                : new String[] {trimmed.substring(0, space).trim(), trimmed.substring(space + 1)};
    }

    /** A stable id in the shape of an Entra object id, the same for the same entity on every load. */
    private static String externalId(String kind, long directoryId, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + directoryId + ":" + Names.key(name))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** A written group or user: its row id, its spelling and its directory. */
    private record Row(long id, String name, long directoryId) {
    }
}
