// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.entity;

/** An entity identified by a key. */
public interface WithKey {
    String getKey();
}
