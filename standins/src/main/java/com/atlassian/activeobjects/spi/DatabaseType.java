// Compile-only stand-in mirroring com.atlassian.activeobjects:activeobjects-spi 5.2.1
// (unchanged in the 6.x line Jira 10 ships). Never packaged: the host provides the real type.
package com.atlassian.activeobjects.spi;

/** The kinds of database the host's Active Objects can run on. */
public enum DatabaseType {
    H2, HSQL, MYSQL, POSTGRESQL, ORACLE, MS_SQL, DB2, DERBY_EMBEDDED, DERBY_NETWORK, NUODB, UNKNOWN
}
