package io.usercleanup.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.usercleanup.core.directory.DirectoryAccessException;

/**
 * Makes changes as an administrator by setting the thread's Confluence user
 * ({@code AuthenticatedUserThreadLocal}) for their duration and restoring the one it had after.
 * Runs happen on background and scheduler threads, where nobody is logged in, and Confluence's
 * {@code UserAccessor} checks the thread's user's permission before every membership removal and
 * deactivation.
 */
final class ActingAdministrator {
    private final ConfluenceUsers users;

    ActingAdministrator(ConfluenceUsers users) {
        this.users = users;
    }

    void run(String administrator, Runnable changes) {
        if (administrator == null) {
            changes.run();
            return;
        }
        ConfluenceUser acting = users.find(administrator);
        if (acting == null) {
            throw new DirectoryAccessException("The cleanup makes its changes as '" + administrator
                    + "', who is not a Confluence user any more; an administrator who saves the cleanup again"
                    + " becomes the one its scheduled runs act as");
        }
        ConfluenceUser previous = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.set(acting);
        try {
            changes.run();
        } finally {
            if (previous == null) {
                AuthenticatedUserThreadLocal.reset();
            } else {
                AuthenticatedUserThreadLocal.set(previous);
            }
        }
    }
}
