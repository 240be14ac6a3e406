package io.usercleanup.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.usercleanup.core.directory.DirectoryAccessException;

/**
 * Makes changes as an administrator by switching the current thread's Jira identity for their
 * duration, and restoring the one it had after. Runs happen on background and scheduler threads,
 * where nobody is logged in, and Jira's {@code UserService} refuses to update a user unless the
 * logged-in user is an administrator; Jira's audit log names the same user as the author.
 */
final class ActingAdministrator {
    private final JiraAuthenticationContext authentication;
    private final UserManager userManager;

    ActingAdministrator(JiraAuthenticationContext authentication, UserManager userManager) {
        this.authentication = authentication;
        this.userManager = userManager;
    }

    void run(String administrator, Runnable changes) {
        if (administrator == null) {
            changes.run();
            return;
        }
        ApplicationUser acting = JiraReads.read("the user '" + administrator + "'",
                () -> userManager.getUserByName(administrator));
        if (acting == null) {
            throw new DirectoryAccessException("The cleanup makes its changes as '" + administrator
                    + "', who is not a Jira user any more; an administrator who saves the cleanup again"
                    + " becomes the one its scheduled runs act as");
        }
        ApplicationUser previous = authentication.getLoggedInUser();
        authentication.setLoggedInUser(acting);
        try {
            changes.run();
        } finally {
            if (previous == null) {
                authentication.clearLoggedInUser();
            } else {
                authentication.setLoggedInUser(previous);
            }
        }
    }
}
