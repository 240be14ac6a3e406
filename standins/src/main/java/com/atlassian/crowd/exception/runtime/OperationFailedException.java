// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.exception.runtime;

/** The directory failed to carry out the operation. */
public class OperationFailedException extends CrowdRuntimeException {
    private static final long serialVersionUID = 1L;

    public OperationFailedException() {
    }

    public OperationFailedException(String message) {
        super(message);
    }

    public OperationFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public OperationFailedException(Throwable cause) {
        this(null, cause);
    }
}
