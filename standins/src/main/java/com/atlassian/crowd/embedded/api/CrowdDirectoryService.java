// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

import com.atlassian.crowd.exception.runtime.OperationFailedException;

import java.util.List;

/**
 * Manages the application's user directories. Only the members the plugin needs are declared;
 * their signatures are the real ones.
 */
public interface CrowdDirectoryService {
    Directory findDirectoryByName(String name);

    List<Directory> findAllDirectories();

    Directory findDirectoryById(long directoryId);

    boolean supportsNestedGroups(long directoryId) throws OperationFailedException;

    boolean isDirectorySynchronisable(long directoryId) throws OperationFailedException;

    boolean isDirectorySynchronising(long directoryId) throws OperationFailedException;

    boolean isMembershipAggregationEnabled();
}
