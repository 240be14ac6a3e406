// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.database;

/**
 * The database vendors Jira supports. The plugin reads only {@code name()}, so a constant that a
 * Jira version names differently cannot break it at run time.
 */
public enum DatabaseVendor { POSTGRES, ORACLE, SQL_SERVER, MY_SQL, H2 }
