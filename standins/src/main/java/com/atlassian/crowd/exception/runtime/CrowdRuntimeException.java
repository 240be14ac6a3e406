// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.exception.runtime;

/** Base of Crowd's unchecked exceptions. */
public class CrowdRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CrowdRuntimeException() {
    }

    public CrowdRuntimeException(String message) {
        super(message);
    }

    public CrowdRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    public CrowdRuntimeException(Throwable cause) {
        super(cause);
    }
}
