package io.usercleanup.devhost.jira;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables Jira keeps its embedded Crowd's users, groups, memberships and directories in, laid
 * out as Jira lays them out (same table and column names, ids as numbers, flags as 1/0, Crowd's
 * lower-cased name columns for case-insensitive lookups), plus the few tables the dev host needs
 * for application roles and project leads. Only the columns the dev host reads or that identify
 * a row are kept; there are no foreign keys, as in Jira's own schema.
 * <p>
 * Confluence's layout of the same data is {@link ConfluenceSchema}'s, created with these tables.
 * <p>
 * {@code CREATE TABLE IF NOT EXISTS} works on H2, PostgreSQL and MariaDB alike; the only
 * difference between them that matters here is the timestamp type (see {@link #timestampType}).
 */
final class CrowdSchema {
    /** Every table, in the order a reset clears them. */
    static final List<String> TABLES = List.of("cwd_membership", "cwd_user_attributes", "licenserolesgroup",
            "devhost_application", "project", "cwd_user", "cwd_group", "cwd_directory_operation", "cwd_directory");

    private CrowdSchema() {
    }

    /** Creates whichever of the tables do not exist yet; existing ones and their rows are left alone. */
    static void create(Jdbc jdbc) {
        jdbc.connected(connection -> {
            String ts = timestampType(connection);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : ddl(ts)) {
                    statement.execute(ddl);
                }
            }
            ConfluenceSchema.create(connection, ts);
            return null;
        });
    }

    /** Drops every table, and Confluence's views of them (for tests that need a database of their own). */
    static void drop(Jdbc jdbc) {
        jdbc.connected(connection -> {
            ConfluenceSchema.drop(connection);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("DROP TABLE IF EXISTS " + table);
                }
            }
            return null;
        });
    }

    /**
     * MySQL and MariaDB give {@code TIMESTAMP} columns time zone conversion, automatic updates and
     * a range ending in 2038, so Jira uses {@code DATETIME} there; PostgreSQL has no
     * {@code DATETIME}. Milliseconds are kept everywhere, as {@link java.util.Date} has them.
     */
    private static String timestampType(Connection connection) throws SQLException {
        return Jdbc.mysqlFamily(connection) ? "DATETIME(3)" : "TIMESTAMP(3)";
    }

    private static List<String> ddl(String ts) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS cwd_directory ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "directory_name VARCHAR(255) NOT NULL, "
                        + "lower_directory_name VARCHAR(255) NOT NULL, "
                        + "created_date " + ts + " NOT NULL, "
                        + "updated_date " + ts + " NOT NULL, "
                        + "active INTEGER NOT NULL, "
                        + "description VARCHAR(255), "
                        + "impl_class VARCHAR(255), "
                        + "lower_impl_class VARCHAR(255), "
                        + "directory_type VARCHAR(60) NOT NULL, "
                        + "directory_position BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS cwd_directory_operation ("
                        + "directory_id BIGINT NOT NULL, "
                        + "operation_type VARCHAR(60) NOT NULL, "
                        + "PRIMARY KEY (directory_id, operation_type))",
                "CREATE TABLE IF NOT EXISTS cwd_user ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "directory_id BIGINT NOT NULL, "
                        + "user_name VARCHAR(255) NOT NULL, "
                        + "lower_user_name VARCHAR(255) NOT NULL, "
                        + "active INTEGER NOT NULL, "
                        + "created_date " + ts + ", "
                        + "updated_date " + ts + ", "
                        + "first_name VARCHAR(255), "
                        + "lower_first_name VARCHAR(255), "
                        + "last_name VARCHAR(255), "
                        + "lower_last_name VARCHAR(255), "
                        + "display_name VARCHAR(255), "
                        + "lower_display_name VARCHAR(255), "
                        + "email_address VARCHAR(255), "
                        + "lower_email_address VARCHAR(255), "
                        + "credential VARCHAR(255), "
                        + "deleted_externally INTEGER, "
                        + "external_id VARCHAR(255), "
                        + "CONSTRAINT uk_cwd_user_name_dir_id UNIQUE (lower_user_name, directory_id))",
                "CREATE TABLE IF NOT EXISTS cwd_group ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "group_name VARCHAR(255) NOT NULL, "
                        + "lower_group_name VARCHAR(255) NOT NULL, "
                        + "active INTEGER NOT NULL, "
                        + "local INTEGER NOT NULL, "
                        + "created_date " + ts + ", "
                        + "updated_date " + ts + ", "
                        + "description VARCHAR(255), "
                        + "lower_description VARCHAR(255), "
                        + "group_type VARCHAR(60) NOT NULL, "
                        + "directory_id BIGINT NOT NULL, "
                        + "external_id VARCHAR(255), "
                        + "CONSTRAINT uk_cwd_group_name_dir_id UNIQUE (lower_group_name, directory_id))",
                "CREATE TABLE IF NOT EXISTS cwd_membership ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "parent_id BIGINT NOT NULL, "
                        + "child_id BIGINT NOT NULL, "
                        + "membership_type VARCHAR(60) NOT NULL, "
                        + "group_type VARCHAR(60), "
                        + "parent_name VARCHAR(255) NOT NULL, "
                        + "lower_parent_name VARCHAR(255) NOT NULL, "
                        + "child_name VARCHAR(255) NOT NULL, "
                        + "lower_child_name VARCHAR(255) NOT NULL, "
                        + "directory_id BIGINT NOT NULL, "
                        + "CONSTRAINT uk_cwd_mem_parent_child_type UNIQUE (parent_id, child_id, membership_type))",
                "CREATE TABLE IF NOT EXISTS cwd_user_attributes ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "user_id BIGINT NOT NULL, "
                        + "directory_id BIGINT NOT NULL, "
                        + "attribute_name VARCHAR(255) NOT NULL, "
                        + "attribute_value VARCHAR(255), "
                        + "lower_attribute_value VARCHAR(255), "
                        + "CONSTRAINT uk_cwd_user_attr_name UNIQUE (user_id, attribute_name))",
                // Jira's application roles: the role key with each of its groups, 'Y' marking the
                // default group new users get.
                "CREATE TABLE IF NOT EXISTS licenserolesgroup ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "license_role_name VARCHAR(255) NOT NULL, "
                        + "group_id VARCHAR(255) NOT NULL, "
                        + "primary_group CHAR(1) NOT NULL)",
                // Jira takes application names from the licence and the installed applications,
                // which the dev host does not have, so it keeps them in a table of its own.
                "CREATE TABLE IF NOT EXISTS devhost_application ("
                        + "application_key VARCHAR(255) NOT NULL PRIMARY KEY, "
                        + "application_name VARCHAR(255) NOT NULL, "
                        + "display_order INTEGER NOT NULL)",
                // The part of Jira's project table that decides whether a user may be deactivated.
                "CREATE TABLE IF NOT EXISTS project ("
                        + "id BIGINT NOT NULL PRIMARY KEY, "
                        + "pname VARCHAR(255) NOT NULL, "
                        + "pkey VARCHAR(255) NOT NULL, "
                        + "lead VARCHAR(255))");
    }
}
