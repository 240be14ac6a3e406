package io.usercleanup.devhost.jira;

import io.usercleanup.core.model.Names;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Confluence's tables on the dev host, in a schema of their own ({@code confluence}; on MariaDB,
 * where a schema is a database, {@code <database>_confluence}), laid out as Confluence 8.7.2 lays
 * them out (docs/confluence-api-facts.md, "Tables the SQL read uses"):
 * <ul>
 * <li>the embedded Crowd tables {@code cwd_directory}, {@code cwd_user}, {@code cwd_group},
 *     {@code cwd_membership}, {@code cwd_application} and {@code cwd_app_dir_mapping} are views
 *     over the dev host's one directory store, which has Jira's layout under the same names: flags
 *     become {@code 'T'}/{@code 'F'}, a membership's child becomes {@code child_user_id} or
 *     {@code child_group_id}, the directory order becomes the {@code list_index} of each
 *     directory's mapping to the one application {@code confluence};</li>
 * <li>{@code user_mapping} is a view as well, one row per lower-cased username with a user key
 *     that is not the name ({@link #userKey}), so that a join that skips the mapping finds nothing;</li>
 * <li>{@code logininfo} is a table: Confluence's login record, keyed by user key, which the
 *     dev host writes beside Jira's login attributes ({@link LoginTable}, {@link FixtureWriter}).</li>
 * </ul>
 * Only the columns the adapter reads or that identify a row are kept.
 */
final class ConfluenceSchema {
    static final String SCHEMA = "confluence";
    private static final List<String> VIEWS = List.of("user_mapping", "cwd_membership", "cwd_app_dir_mapping",
            "cwd_application", "cwd_group", "cwd_user", "cwd_directory");

    private ConfluenceSchema() {
    }

    /** The user key the dev host's Confluence gives a username (Confluence's own keys are generated). */
    static String userKey(String username) {
        return "key-" + Names.key(username);
    }

    /** The schema Confluence's tables are in, on this connection's database. */
    static String name(Connection connection) throws SQLException {
        return Jdbc.mysqlFamily(connection) ? connection.getCatalog() + "_" + SCHEMA : SCHEMA;
    }

    /** {@code schema.logininfo}. */
    static String loginTable(Connection connection) throws SQLException {
        return name(connection) + ".logininfo";
    }

    static void create(Connection connection, String timestampType) throws SQLException {
        String schema = name(connection);
        String base = baseSchema(connection) + ".";
        createSchema(connection);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : views(schema + ".", base, Jdbc.mysqlFamily(connection) ? "SIGNED" : "BIGINT")) {
                statement.execute(ddl);
            }
            statement.execute("CREATE TABLE IF NOT EXISTS " + schema + ".logininfo ("
                    + "id BIGINT NOT NULL PRIMARY KEY, "
                    + "curfailed INTEGER, "
                    + "totalfailed INTEGER, "
                    + "successdate " + timestampType + ", "
                    + "prevsuccessdate " + timestampType + ", "
                    + "faileddate " + timestampType + ", "
                    + "username VARCHAR(255) NOT NULL, "
                    + "CONSTRAINT uk_logininfo_username UNIQUE (username))");
        }
    }

    /** Drops the views and the login table (before the tables the views read are dropped). */
    static void drop(Connection connection) throws SQLException {
        String schema = name(connection);
        createSchema(connection);
        try (Statement statement = connection.createStatement()) {
            for (String view : VIEWS) {
                statement.execute("DROP VIEW IF EXISTS " + schema + "." + view);
            }
            statement.execute("DROP TABLE IF EXISTS " + schema + ".logininfo");
        }
    }

    private static void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute((Jdbc.mysqlFamily(connection) ? "CREATE DATABASE IF NOT EXISTS " : "CREATE SCHEMA IF NOT EXISTS ")
                    + name(connection));
        }
    }

    /** The schema of the dev host's own tables: the connection's (MariaDB has databases instead). */
    private static String baseSchema(Connection connection) throws SQLException {
        return Jdbc.mysqlFamily(connection) ? connection.getCatalog() : connection.getSchema();
    }

    /**
     * @param integer the integer type of a {@code CAST}: {@code BIGINT} where the database takes SQL's
     *                type names, {@code SIGNED} on MariaDB, which takes no other
     */
    private static List<String> views(String c, String base, String integer) {
        return List.of(
                "CREATE OR REPLACE VIEW " + c + "cwd_directory AS SELECT d.id, d.directory_name,"
                        + " d.lower_directory_name, d.created_date, d.updated_date, " + flag("d.active") + " AS active,"
                        + " d.description, d.impl_class, d.lower_impl_class, d.directory_type"
                        + " FROM " + base + "cwd_directory d",
                "CREATE OR REPLACE VIEW " + c + "cwd_user AS SELECT u.id, u.user_name, u.lower_user_name, "
                        + flag("u.active") + " AS active, u.created_date, u.updated_date, u.first_name,"
                        + " u.lower_first_name, u.last_name, u.lower_last_name, u.display_name, u.lower_display_name,"
                        + " u.email_address, u.lower_email_address, u.external_id, u.directory_id, u.credential"
                        + " FROM " + base + "cwd_user u",
                "CREATE OR REPLACE VIEW " + c + "cwd_group AS SELECT g.id, g.group_name, g.lower_group_name, "
                        + flag("g.active") + " AS active, " + flag("g.local") + " AS local, g.created_date,"
                        + " g.updated_date, g.description, g.group_type, g.directory_id"
                        + " FROM " + base + "cwd_group g",
                "CREATE OR REPLACE VIEW " + c + "cwd_application AS SELECT CAST(1 AS " + integer + ") AS id,"
                        + " 'confluence' AS application_name, 'confluence' AS lower_application_name,"
                        + " 'T' AS active, 'CONFLUENCE' AS application_type",
                "CREATE OR REPLACE VIEW " + c + "cwd_app_dir_mapping AS SELECT d.id, CAST(1 AS " + integer + ") AS application_id,"
                        + " d.id AS directory_id, 'T' AS allow_all, CAST(d.directory_position AS " + integer + ") AS list_index"
                        + " FROM " + base + "cwd_directory d",
                // Two branches rather than CASE expressions: a condition on a plain column reaches
                // the store's key (parent_id, child_id, membership_type) through the view.
                "CREATE OR REPLACE VIEW " + c + "cwd_membership AS"
                        + " SELECT m.id, m.parent_id, CAST(NULL AS " + integer + ") AS child_group_id, m.child_id AS child_user_id"
                        + " FROM " + base + "cwd_membership m WHERE m.membership_type = 'GROUP_USER'"
                        + " UNION ALL SELECT m.id, m.parent_id, m.child_id AS child_group_id, CAST(NULL AS " + integer + ") AS child_user_id"
                        + " FROM " + base + "cwd_membership m WHERE m.membership_type = 'GROUP_GROUP'",
                "CREATE OR REPLACE VIEW " + c + "user_mapping AS SELECT CONCAT('key-', u.lower_user_name) AS user_key,"
                        + " u.user_name AS username, u.lower_user_name AS lower_username FROM " + base + "cwd_user u"
                        + " WHERE NOT EXISTS (SELECT 1 FROM " + base + "cwd_user e"
                        + " WHERE e.lower_user_name = u.lower_user_name AND e.id < u.id)");
    }

    private static String flag(String column) {
        return "CASE WHEN " + column + " = 1 THEN 'T' ELSE 'F' END";
    }
}
