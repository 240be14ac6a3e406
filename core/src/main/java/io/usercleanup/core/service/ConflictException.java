package io.usercleanup.core.service;

/** The request conflicts with the current state, such as a second run of a running cleanup. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
