package io.usercleanup.rest;

/** The request carries no logged-in user: {@code 401}. */
public class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("Log in as a system administrator to use this resource.");
    }
}
