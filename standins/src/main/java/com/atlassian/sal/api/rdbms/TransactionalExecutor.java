// Compile-only stand-in mirroring com.atlassian.sal:sal-api 5.1.4 (Confluence 8.7.2).
// Never packaged: the host provides the real type.
package com.atlassian.sal.api.rdbms;

import io.atlassian.fugue.Option;

/** Runs a callback on a connection of the host's database, in a transaction. */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);

    /** The schema the host's tables are in, when one is configured. */
    Option<String> getSchemaName();

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
