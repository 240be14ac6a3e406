// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.database;

/** Work done with a connection that {@link DatabaseAccessor#executeQuery} lends. */
public interface ConnectionFunction<R> {
    R run(DatabaseConnection connection);
}
