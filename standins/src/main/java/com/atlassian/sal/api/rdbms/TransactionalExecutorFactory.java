// Compile-only stand-in mirroring com.atlassian.sal:sal-api 5.1.4 (Confluence 8.7.2).
// Never packaged: the host provides the real type.
package com.atlassian.sal.api.rdbms;

/**
 * Makes executors that run callbacks on a connection of the host's database. In sal-api the
 * two-flag method is a default that throws and the host implements it; the other defaults call it.
 */
public interface TransactionalExecutorFactory {

    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("not implemented by default");
    }
}
