package io.usercleanup.jira;

/**
 * Reading the directory with SQL failed before any user was handed out, so the read can start
 * over through Jira's user API without anything having been seen twice.
 */
final class SqlReadUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlReadUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
