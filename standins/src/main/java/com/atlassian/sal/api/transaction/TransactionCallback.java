// Compile-only stand-in mirroring com.atlassian.sal:sal-api 5.1.4 (unchanged in the 6.x line
// Jira 10 ships). Never packaged: the host provides the real type.
package com.atlassian.sal.api.transaction;

/**
 * Work to run inside a transaction.
 *
 * @param <T> the result type
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
