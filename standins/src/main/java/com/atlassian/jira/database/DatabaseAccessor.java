// Stand-in for com.atlassian.jira:jira-api:10.3.x (DatabaseAccessor, @PublicApi since 7.0), compile-only; never packaged.
package com.atlassian.jira.database;

import java.util.Optional;

/**
 * Access to connections of Jira's database connection pool. Only the members the plugin needs are
 * declared; their signatures are real. Queries must name the configured schema, if any.
 */
public interface DatabaseAccessor {
    /** The vendor of the database Jira is connected to. */
    DatabaseVendor getDatabaseVendor();

    /** The schema Jira's tables are in, when one is configured. */
    Optional<String> getSchemaName();

    /**
     * Borrows a fresh connection from the pool, even inside a transaction, passes it to the
     * callback and returns it to the pool afterwards.
     */
    <R> R executeQuery(ConnectionFunction<R> callback);
}
