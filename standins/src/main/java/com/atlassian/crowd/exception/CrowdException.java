// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.exception;

/** Base of Crowd's checked exceptions. */
public abstract class CrowdException extends Exception {
    private static final long serialVersionUID = 1L;

    public CrowdException() {
    }

    public CrowdException(String message) {
        super(message);
    }

    public CrowdException(String message, Throwable cause) {
        super(message, cause);
    }

    public CrowdException(Throwable cause) {
        super(cause);
    }
}
