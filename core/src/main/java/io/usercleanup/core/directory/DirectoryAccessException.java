package io.usercleanup.core.directory;

/** The user directory could not be read; a run that meets this ends {@code FAILED}. */
public class DirectoryAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DirectoryAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public DirectoryAccessException(String message) {
        super(message);
    }
}
