// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.database;

import java.sql.Connection;

/** A connection lent by Jira's pool. Only the member the plugin needs is declared; its signature is real. */
public interface DatabaseConnection {
    /** The JDBC connection underneath; the pool closes it, the borrower must not. */
    Connection getJdbcConnection();
}
