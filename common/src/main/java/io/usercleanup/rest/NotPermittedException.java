package io.usercleanup.rest;

/** The logged-in user is not a system administrator: {@code 403}. */
public class NotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String username) {
        super("'" + username + "' is not a system administrator; only system administrators can use User Cleanup.");
    }
}
