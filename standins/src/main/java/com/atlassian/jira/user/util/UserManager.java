// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;
import java.util.Optional;

/** Looks users up. Only the members the plugin needs are declared; their signatures are real. */
public interface UserManager {
    int getTotalUserCount();

    @Deprecated
    Collection<ApplicationUser> getAllApplicationUsers();

    Optional<ApplicationUser> getUserById(Long id);

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);

    ApplicationUser getUserByKeyEvenWhenUnknown(String userKey);

    boolean canUpdateUser(ApplicationUser user);
}
