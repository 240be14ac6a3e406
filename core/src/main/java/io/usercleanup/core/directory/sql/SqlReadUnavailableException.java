package io.usercleanup.core.directory.sql;

/**
 * Reading the directory with SQL failed before any user was handed out, so the read can start
 * over through the product's user API without anything having been seen twice.
 */
public final class SqlReadUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SqlReadUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
