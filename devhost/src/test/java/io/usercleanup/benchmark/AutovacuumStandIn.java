package io.usercleanup.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Plays PostgreSQL's autovacuum where a server runs without it: every few seconds it refreshes the
 * planner's statistics of every table, as autovacuum (on by default) does for tables that grow. A
 * run's record grows by hundreds of thousands of rows; with statistics from when its tables were
 * empty the planner turns index lookups into scans of the whole run, which no production database
 * with autovacuum would do. Elsewhere it does nothing.
 */
final class AutovacuumStandIn implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5_000;

    private final Thread thread;
    private volatile boolean running = true;

    private AutovacuumStandIn(DataSource dataSource) {
        thread = new Thread(() -> loop(dataSource), "autovacuum-stand-in");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts it if the database is PostgreSQL with autovacuum off; otherwise {@code null}. */
    static AutovacuumStandIn startIfNeeded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("postgresql")) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SHOW autovacuum")) {
                return rs.next() && "off".equalsIgnoreCase(rs.getString(1)) ? new AutovacuumStandIn(dataSource) : null;
            }
        }
    }

    private void loop(DataSource dataSource) {
        while (running) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                // The next round tries again; statistics a few seconds older change no result.
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
