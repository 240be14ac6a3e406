// Compile-only stand-in mirroring com.atlassian.activeobjects:activeobjects-plugin 5.2.1
// (the API is unchanged in the 6.x line Jira 10 ships). Never packaged: the host provides the real type.
package com.atlassian.activeobjects.external;

/** Thrown when the database cannot estimate a table's row count cheaply. */
public class FailedFastCountException extends Exception {

    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
