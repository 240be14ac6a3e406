// Stand-in for com.atlassian.crowd:embedded-crowd-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.embedded.api;

import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.runtime.GroupNotFoundException;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.crowd.exception.runtime.UserNotFoundException;

/**
 * Users, groups and memberships across all directories. Only the members the plugin needs are
 * declared; their signatures, including the exception types, are the real ones.
 */
public interface CrowdService {
    User getUser(String name);

    Group getGroup(String name);

    boolean isUserMemberOfGroup(String userName, String groupName);

    boolean isUserMemberOfGroup(User user, Group group);

    boolean removeUserFromGroup(User user, Group group)
            throws GroupNotFoundException, UserNotFoundException, OperationNotPermittedException,
            OperationFailedException;

    boolean isUserDirectGroupMember(User user, Group group) throws OperationFailedException;
}
