package io.usercleanup.devhost.jira;

import com.atlassian.jira.database.DatabaseVendor;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dev host's Jira database accessor: vendor, schema, and connections given back in every case. */
class DevHostDatabaseAccessorTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void namesTheVendor_andTheSchemaTablesLiveIn(TestDatabase database) {
        DevHostDatabaseAccessor accessor = new DevHostDatabaseAccessor(database.dataSource());

        DatabaseVendor vendor = accessor.getDatabaseVendor();

        switch (database.name()) {
            case "H2" -> {
                assertThat(vendor).isEqualTo(DatabaseVendor.H2);
                assertThat(accessor.getSchemaName()).contains("PUBLIC");
            }
            case "PostgreSQL" -> {
                assertThat(vendor).isEqualTo(DatabaseVendor.POSTGRES);
                assertThat(accessor.getSchemaName()).contains("public");
            }
            default -> {
                assertThat(vendor).isEqualTo(DatabaseVendor.MY_SQL);
                assertThat(accessor.getSchemaName()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void executeQuery_lendsAConnection_andRollsBackWhatAFailedCallbackLeftOpen(TestDatabase database)
            throws Exception {
        DevHostDatabaseAccessor accessor = new DevHostDatabaseAccessor(database.dataSource());
        accessor.executeQuery(connection -> update(connection.getJdbcConnection(),
                "CREATE TABLE IF NOT EXISTS accessor_probe (id INTEGER)"));
        accessor.executeQuery(connection -> update(connection.getJdbcConnection(), "DELETE FROM accessor_probe"));

        assertThatThrownBy(() -> accessor.executeQuery(connection -> {
            Connection jdbc = connection.getJdbcConnection();
            try {
                jdbc.setAutoCommit(false);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            update(jdbc, "INSERT INTO accessor_probe (id) VALUES (1)");
            throw new IllegalStateException("callback failed");
        })).hasMessage("callback failed");

        int rows = accessor.executeQuery(connection -> {
            try (Statement statement = connection.getJdbcConnection().createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM accessor_probe")) {
                rs.next();
                return rs.getInt(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rows).isZero();
        accessor.executeQuery(connection -> update(connection.getJdbcConnection(), "DROP TABLE accessor_probe"));
    }

    private static Integer update(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
