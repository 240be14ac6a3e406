package io.usercleanup.devhost.jira;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A data source over a JDBC URL (the drivers on the class path register themselves) that keeps a
 * few idle connections for reuse. The dev host's Jira runs a query or two per call, and the plugin
 * makes a call per user: opening a PostgreSQL connection costs about a hundred times what the
 * query does, so without reuse a run over a few thousand users would spend its time connecting.
 * <p>
 * A connection handed out is returned on {@code close()}, rolled back and in auto-commit mode,
 * and checked before it is handed out again. Connections with a user and password of their own
 * are not reused.
 */
public final class UrlDataSource implements DataSource, AutoCloseable {
    private static final int MAX_IDLE = 8;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final String url;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    public UrlDataSource(String url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = reusable();
        return pooled(physical != null ? physical : DriverManager.getConnection(url));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** Closes the idle connections; connections in use close when they are given back. */
    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (idle) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(UrlDataSource::closeQuietly);
    }

    private Connection reusable() {
        while (true) {
            Connection candidate;
            synchronized (idle) {
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return null;
            }
            try {
                if (candidate.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // A connection that cannot even be checked is as good as broken.
            }
            closeQuietly(candidate);
        }
    }

    private void giveBack(Connection physical) {
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(physical);
            return;
        }
        synchronized (idle) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(physical);
                return;
            }
        }
        closeQuietly(physical);
    }

    private Connection pooled(Connection physical) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!returned) {
                            returned = true;
                            giveBack(physical);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return returned || physical.isClosed();
                    }
                    case "equals" -> {
                        return proxy == args[0];
                    }
                    case "hashCode" -> {
                        return System.identityHashCode(proxy);
                    }
                    case "toString" -> {
                        return "pooled " + physical;
                    }
                    default -> {
                        if (returned) {
                            throw new SQLException("Connection is closed");
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing is all that was wanted of it; nothing depends on it any more.
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("This data source does not log");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("This data source does not log");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url.replaceAll("password=[^&;]*", "password=***") + "]";
    }
}
