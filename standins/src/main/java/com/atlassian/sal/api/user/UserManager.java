// Stand-in for com.atlassian.sal:sal-api 6.0.x (Jira 10, Platform 7; same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;
import java.security.Principal;

public interface UserManager {
    @Deprecated
    String getRemoteUsername();

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    @Deprecated
    String getRemoteUsername(HttpServletRequest request);

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    @Deprecated
    boolean isUserInGroup(String username, String group);

    boolean isUserInGroup(UserKey userKey, String group);

    @Deprecated
    boolean isSystemAdmin(String username);

    boolean isSystemAdmin(UserKey userKey);

    @Deprecated
    boolean isAdmin(String username);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    default boolean isLimitedUnlicensedUser(UserKey userKey) {
        return false;
    }

    boolean authenticate(String username, String password);

    Principal resolve(String username) throws UserResolutionException;

    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
