package io.usercleanup.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import java.util.Objects;

/**
 * Lets only system administrators through. Every resource carries the REST module's
 * {@code @SystemAdminOnly}, so Jira refuses other callers before a resource runs; every resource
 * method still asks this gate, so that access does not rest on one check alone (and holds on a
 * host that ignores the annotation). The caller is the one SAL knows for the current request
 * ({@link UserManager#getRemoteUserKey()}): that form names no servlet type, so the same call links
 * on Platform 7 ({@code javax}) and Platform 8 ({@code jakarta}).
 */
public class AdminGate {
    private final UserManager userManager;

    public AdminGate(UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    /**
     * Returns the username of the system administrator making the request.
     *
     * @throws NotAuthenticatedException when nobody is logged in
     * @throws NotPermittedException     when the user is not a system administrator
     */
    public String requireSystemAdmin() {
        UserKey key = userManager.getRemoteUserKey();
        if (key == null) {
            throw new NotAuthenticatedException();
        }
        UserProfile profile = userManager.getUserProfile(key);
        String username = profile == null ? key.getStringValue() : profile.getUsername();
        if (!userManager.isSystemAdmin(key)) {
            throw new NotPermittedException(username);
        }
        return username;
    }
}
