// Stand-in for com.atlassian.soy:soy-template-renderer-api 6.0.7 (the API Jira 10 keeps),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.soy.renderer;

public class SoyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SoyException(String message) {
        super(message);
    }

    public SoyException(String message, Throwable cause) {
        super(message, cause);
    }

    public SoyException(Throwable cause) {
        super(cause);
    }
}
