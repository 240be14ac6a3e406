// Stand-in for com.atlassian.sal:sal-api 6.0.x (Jira 10, Platform 7; same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.user;

public class UserResolutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserResolutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserResolutionException(Throwable cause) {
        super(cause);
    }

    public UserResolutionException(String message) {
        super(message);
    }
}
