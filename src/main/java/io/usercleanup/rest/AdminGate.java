package io.usercleanup.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * Lets only system administrators through. Checked explicitly by every resource method rather
 * than left to the REST module's annotations, whose defaults differ between Jira versions.
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
    public String requireSystemAdmin(HttpServletRequest request) {
        UserKey key = userManager.getRemoteUserKey(request);
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
