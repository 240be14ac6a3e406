// Compile-only stand-in mirroring com.atlassian.sal:sal-api 5.1.4 (unchanged in the 6.x line
// Jira 10 ships). Never packaged: the host provides the real type.
package com.atlassian.sal.api.transaction;

/** Runs callbacks in the host's transaction, joining one already open on the thread. */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
