package io.usercleanup.jira;

import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.bc.user.UserService.UpdateUserValidationResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.usercleanup.core.directory.DirectoryChangeException;

import java.util.ArrayList;
import java.util.List;

/**
 * Deactivates a user through Jira's {@code UserService}, so that Jira applies its own checks
 * (it refuses, for example, to deactivate a project lead) and fires its usual events. A dry run's
 * check is the same code up to Jira's validation, without the update, so the two cannot drift.
 */
final class UserDeactivator {
    private final UserManager userManager;
    private final UserService userService;
    private final DirectoryLookup directories;

    UserDeactivator(UserManager userManager, UserService userService, DirectoryLookup directories) {
        this.userManager = userManager;
        this.userService = userService;
        this.directories = directories;
    }

    void deactivate(String username) throws DirectoryChangeException {
        UpdateUserValidationResult validation = validate(username);
        if (validation == null) {
            return;
        }
        try {
            userService.updateUser(validation);
        } catch (RuntimeException e) {
            // The change itself concerns this one user; the reads just before it show Jira answers.
            throw new DirectoryChangeException(failure(username) + JiraReads.describe(e), e);
        }
    }

    /** What {@link #deactivate} does before the update, and nothing more: a dry run's question. */
    void check(String username) throws DirectoryChangeException {
        validate(username);
    }

    /**
     * Reads the user and has Jira validate the deactivation, as the logged-in user.
     *
     * @return the validation to update the user with, or {@code null} when the user is inactive
     *         already (deactivated since the directory was read: what the cleanup wanted holds)
     */
    private UpdateUserValidationResult validate(String username) throws DirectoryChangeException {
        ApplicationUser user = JiraReads.read("the user '" + username + "'",
                () -> userManager.getUserByName(username));
        if (user == null) {
            throw new DirectoryChangeException("user '" + username + "' no longer exists");
        }
        if (!user.isActive()) {
            return null;
        }
        if (!JiraReads.read("whether user '" + username + "' can be updated",
                () -> userManager.canUpdateUser(user))) {
            throw new DirectoryChangeException(
                    failure(username) + directories.label(user.getDirectoryId()) + " is read-only");
        }
        UpdateUserValidationResult validation = JiraReads.read("the deactivation of user '" + username + "'",
                () -> userService.validateUpdateUser(userService.newUserBuilder(user).active(false).build()));
        if (!validation.isValid()) {
            throw new DirectoryChangeException(
                    failure(username) + "Jira refused it: " + reasons(validation.getErrorCollection()));
        }
        return validation;
    }

    private static String failure(String username) {
        return "user '" + username + "' cannot be deactivated: ";
    }

    private static String reasons(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>();
        if (errors != null) {
            reasons.addAll(errors.getErrorMessages());
            reasons.addAll(errors.getErrors().values());
        }
        return reasons.isEmpty() ? "no reason given" : String.join("; ", reasons);
    }
}
