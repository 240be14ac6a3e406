// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * The user Jira's services take as logged in on the current thread. Only the members the plugin
 * needs are declared; their signatures are real.
 */
public interface JiraAuthenticationContext {
    /** The logged-in user, or {@code null} for nobody. */
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    /** Switches the current thread's identity, as Jira does where work runs for a user. */
    void setLoggedInUser(ApplicationUser user);

    /** After this, nobody is logged in on the current thread. */
    void clearLoggedInUser();
}
