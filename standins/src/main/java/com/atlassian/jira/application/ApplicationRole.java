// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.application;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;

import java.util.Set;

/** An application (Jira Software, Jira Service Management...) with the groups granting access to it. */
public interface ApplicationRole {
    Set<Group> getDefaultGroups();

    Set<Group> getGroups();

    ApplicationKey getKey();

    String getName();

    int getNumberOfSeats();

    boolean isDefined();

    boolean isPlatform();

    boolean isSelectedByDefault();

    ApplicationRole withGroups(Iterable<Group> groups, Iterable<Group> defaultGroups);

    ApplicationRole withSelectedByDefault(boolean selectedByDefault);
}
