package io.usercleanup.devhost.jira;

import com.atlassian.crowd.exception.runtime.OperationFailedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC for the dev host's Crowd tables, written to run unchanged on H2, PostgreSQL and
 * MariaDB. Timestamps travel as UTC {@link LocalDateTime}s, which every driver maps to a
 * timestamp column without consulting the JVM's or the session's time zone (to MariaDB as text, see
 * {@link #bind}). A failing statement
 * surfaces as Crowd's {@link OperationFailedException}, which is how Jira's user services report
 * a database that does not answer.
 */
final class Jdbc {
    /** A SQL NULL of a declared type: PostgreSQL will not put an untyped NULL into a timestamp column. */
    enum Null {
        TIMESTAMP(Types.TIMESTAMP),
        TEXT(Types.VARCHAR);

        private final int sqlType;

        Null(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** MySQL Connector/J refuses a row limit above fifty million; larger ones are no limit anyway. */
    private static final int ROW_LIMIT_DRIVERS_TAKE = 50_000_000;

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        return connected(connection -> list(connection, sql, row, params));
    }

    /** At most {@code limit} rows; the driver stops reading there rather than fetching them all. */
    <T> List<T> listAtMost(int limit, String sql, Row<T> row, Object... params) {
        return connected(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (limit < ROW_LIMIT_DRIVERS_TAKE) {
                    statement.setMaxRows(Math.max(0, limit));
                }
                bind(statement, params);
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next() && rows.size() < limit) {
                        rows.add(row.map(rs));
                    }
                    return rows;
                }
            }
        });
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String sql, Object... params) {
        return connected(connection -> update(connection, sql, params));
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    <T> T transaction(Work<T> work) {
        return connected(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    <T> T connected(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new OperationFailedException("The dev host's Crowd tables failed: " + e.getMessage(), e);
        }
    }

    static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        }
    }

    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        Boolean textTimestamps = null;
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Null typed) {
                statement.setNull(i + 1, typed.sqlType);
            } else if (value instanceof Instant instant) {
                LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                if (textTimestamps == null) {
                    textTimestamps = mysqlFamily(statement.getConnection());
                }
                if (textTimestamps) {
                    // MySQL's driver takes MariaDB's version (5.5.5-10.x) for a server without
                    // fractional seconds and drops the milliseconds of a bound time; as text they arrive.
                    statement.setString(i + 1, utc.format(MYSQL_DATETIME));
                } else {
                    statement.setObject(i + 1, utc);
                }
            } else if (value instanceof Boolean flag) {
                statement.setInt(i + 1, flag ? 1 : 0);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static final java.time.format.DateTimeFormatter MYSQL_DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** Whether the database is MySQL or MariaDB, whose SQL and driver differ from the others' here. */
    static boolean mysqlFamily(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    /** The instant as a parameter, or a typed NULL. */
    static Object timestamp(Instant instant) {
        return instant == null ? Null.TIMESTAMP : instant;
    }

    static Object text(String text) {
        return text == null ? Null.TEXT : text;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** "?, ?, ?" for an IN list; callers never ask for an empty one, which SQL cannot express. */
    static String placeholders(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
