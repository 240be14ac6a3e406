package io.usercleanup.devhost.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's logged-in user, per thread, as Jira keeps it: nobody on a thread that has not been told
 * otherwise, such as the plugin's background and scheduler threads.
 */
final class DevHostAuthenticationContext implements JiraAuthenticationContext {
    private final ThreadLocal<ApplicationUser> loggedIn = new ThreadLocal<>();

    @Override
    public ApplicationUser getLoggedInUser() {
        return loggedIn.get();
    }

    @Override
    public boolean isLoggedInUser() {
        return loggedIn.get() != null;
    }

    @Override
    public void setLoggedInUser(ApplicationUser user) {
        loggedIn.set(user);
    }

    @Override
    public void clearLoggedInUser() {
        loggedIn.remove();
    }
}
