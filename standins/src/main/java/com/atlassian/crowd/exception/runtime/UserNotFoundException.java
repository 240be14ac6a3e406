// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.exception.runtime;

/** The user does not exist. */
public class UserNotFoundException extends CrowdRuntimeException {
    private static final long serialVersionUID = 1L;

    private final String userName;

    public UserNotFoundException(String userName) {
        this(userName, null);
    }

    public UserNotFoundException(String userName, Throwable t) {
        super("User <" + userName + "> does not exist", t);
        this.userName = userName;
    }

    public String getUserName() {
        return userName;
    }
}
