// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

import java.security.Principal;

/** A user as one user directory holds it. */
public interface User extends Comparable<User>, Principal {
    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();

    @Override
    boolean equals(Object o);

    @Override
    int hashCode();

    @Override
    int compareTo(User other);

    default boolean isMarkedAsDeleted() {
        return false;
    }
}
