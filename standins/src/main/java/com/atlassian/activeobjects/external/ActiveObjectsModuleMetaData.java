// Compile-only stand-in mirroring com.atlassian.activeobjects:activeobjects-plugin 5.2.1
// (the API is unchanged in the 6.x line Jira 10 ships). Never packaged: the host provides the real type.
package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.RawEntity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the host knows about a plugin's Active Objects module: initialisation, database, tables. */
public interface ActiveObjectsModuleMetaData {

    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
