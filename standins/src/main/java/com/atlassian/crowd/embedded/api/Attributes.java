// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

import java.util.Set;

/** Multi-valued attributes of a Crowd entity. */
public interface Attributes {
    Set<String> getValues(String key);

    String getValue(String key);

    Set<String> getKeys();

    boolean isEmpty();
}
