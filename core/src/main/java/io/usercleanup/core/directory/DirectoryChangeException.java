package io.usercleanup.core.directory;

/**
 * A change to one user or membership was refused (read-only directory, user or group gone,
 * operation not permitted); the outcome for that pair is {@code FAILED} with this message as
 * the reason, and the run goes on.
 */
public class DirectoryChangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public DirectoryChangeException(String message) {
        super(message);
    }

    public DirectoryChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
