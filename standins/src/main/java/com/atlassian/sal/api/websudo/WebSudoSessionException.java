// Stand-in for com.atlassian.sal:sal-api 6.0.x (Jira 10, Platform 7; same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
