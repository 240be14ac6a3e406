// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.user;

import com.atlassian.crowd.embedded.api.User;
import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;

import java.io.Serializable;
import java.security.Principal;

/** A person who uses Jira: all directory users with the same username, ignoring case. */
public interface ApplicationUser extends Principal, WithId, WithKey, Serializable {
    @Override
    String getKey();

    String getUsername();

    @Override
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();

    User getDirectoryUser();

    @Override
    Long getId();

    @Override
    boolean equals(Object obj);

    @Override
    int hashCode();
}
