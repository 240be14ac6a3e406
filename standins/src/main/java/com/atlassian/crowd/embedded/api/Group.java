// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

/** A group, identified by its name. */
public interface Group extends Comparable<Group> {
    String getName();

    @Override
    boolean equals(Object o);

    @Override
    int hashCode();

    @Override
    int compareTo(Group other);
}
