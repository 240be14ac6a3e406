// Stand-in for com.atlassian.crowd:crowd-integration-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.model;

/** An entity stored in one user directory. */
public interface DirectoryEntity {
    long getDirectoryId();

    String getName();

    @Override
    boolean equals(Object o);

    @Override
    int hashCode();
}
