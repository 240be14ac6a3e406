package io.usercleanup.devhost.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlDataSourceTest {
    private final UrlDataSource dataSource = new UrlDataSource("jdbc:h2:mem:url-data-source-test;DB_CLOSE_DELAY=-1");

    @AfterEach
    void closeIdleConnections() {
        dataSource.close();
    }

    @Test
    void closedConnection_isReusedForTheNextCaller() throws SQLException {
        // given
        String first;
        try (Connection connection = dataSource.getConnection()) {
            first = sessionId(connection);
        }

        // when
        String second;
        try (Connection connection = dataSource.getConnection()) {
            second = sessionId(connection);
        }

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void connectionsInUse_areNeverShared() throws SQLException {
        // when / then
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            assertThat(sessionId(one)).isNotEqualTo(sessionId(two));
        }
    }

    @Test
    void givenBackConnection_isRolledBackAndInAutoCommitMode() throws SQLException {
        // given
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS pooled_rows (id INTEGER)");
            statement.execute("DELETE FROM pooled_rows");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO pooled_rows VALUES (1)");
        }

        // when
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM pooled_rows")) {
            rs.next();

            // then
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void givenBackConnection_cannotBeUsedAnyMore() throws SQLException {
        // given
        Connection connection = dataSource.getConnection();
        connection.close();

        // when / then
        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(connection::createStatement).isInstanceOf(SQLException.class).hasMessage("Connection is closed");
        connection.close();
    }

    private static String sessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT SESSION_ID()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
