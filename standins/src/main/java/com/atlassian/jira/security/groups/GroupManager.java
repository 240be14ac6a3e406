// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/** Manages groups in Jira. Only the members the plugin needs are declared; their signatures are real. */
public interface GroupManager {
    boolean groupExists(String groupName);

    boolean groupExists(Group group);

    @Deprecated
    Collection<Group> getAllGroups();

    Group getGroup(String groupName);

    Group getGroupEvenWhenUnknown(String groupName);

    @Deprecated
    Group getGroupObject(String groupName);

    boolean isUserInGroup(String username, String groupname);

    boolean isUserInGroup(ApplicationUser user, Group group);

    Collection<String> getUserNamesInGroup(Group group);

    Collection<String> getUserNamesInGroup(String groupName);

    Collection<ApplicationUser> getDirectUsersInGroup(Group group);

    Collection<Group> getGroupsForUser(String userName);

    Collection<String> getGroupNamesForUser(String userName);

    Collection<String> getGroupNamesForUser(ApplicationUser user);

    Collection<String> getNamesOfDirectMembersOfGroups(Collection<String> groupNames, int limit);

    Collection<String> filterUsersInAllGroupsDirect(Collection<String> userNames, Collection<String> groupNames);
}
