// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.application;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;
import io.atlassian.fugue.Option;

import java.util.Set;

/** The application roles and their groups. Members of grade B in the research notes only. */
public interface ApplicationRoleManager {
    Option<ApplicationRole> getRole(ApplicationKey key);

    Set<ApplicationRole> getRoles();

    Set<ApplicationKey> getDefaultApplicationKeys();

    boolean hasAnyRole(ApplicationUser user);

    Set<Group> getDefaultGroups(ApplicationKey key);

    Set<Group> getGroupsForLicensedRoles();

    int getRemainingSeats(ApplicationKey key);

    Set<ApplicationRole> getRolesForGroup(Group group);

    int getUserCount(ApplicationKey key);
}
