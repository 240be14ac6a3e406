package io.usercleanup.devhost.jira;

import com.atlassian.crowd.exception.runtime.UserNotFoundException;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.bc.user.ApplicationUserBuilder;
import com.atlassian.jira.util.ErrorCollection;
import io.usercleanup.core.model.Names;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.List;

/**
 * Jira's validated user updates, as far as deactivation needs them. Validation refuses what
 * Jira's refuses, in the same order: a user who does not exist, a user whose directory is read
 * only, and the deactivation of a project lead; the dev host does not rename users. An update
 * then sets {@code cwd_user.active}.
 * <p>
 * Like Jira's, it updates users only for a logged-in administrator: the user the
 * {@link DevHostAuthenticationContext} has on the calling thread must be a system administrator.
 */
final class DevHostUserService implements UserService {
    /** The dev host's wording of Jira's refusal when the logged-in user is no administrator. */
    static final String NO_PERMISSION = "You do not have the permission to update users.";
    static final String NO_SUCH_USER = "The user does not exist.";
    static final String READ_ONLY = "Cannot edit user, directory is read only.";
    static final String NO_RENAME = "Cannot rename user: renaming is not supported by this Jira.";

    private final UserTable users;
    private final DevHostUserManager userManager;
    private final ProjectTable projects;
    private final Clock clock;
    private final DevHostAuthenticationContext authentication;
    private final DevHostUsers accounts;

    DevHostUserService(UserTable users, DevHostUserManager userManager, ProjectTable projects, Clock clock,
                       DevHostAuthenticationContext authentication, DevHostUsers accounts) {
        this.users = users;
        this.userManager = userManager;
        this.projects = projects;
        this.clock = clock;
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public ApplicationUserBuilder newUserBuilder(ApplicationUser user) {
        if (user instanceof DevHostApplicationUser devHostUser) {
            return new DevHostUserBuilder(devHostUser);
        }
        return new DevHostUserBuilder(users.byKey(user.getKey())
                .orElseThrow(() -> new UserNotFoundException(user.getUsername())));
    }

    @Override
    public UpdateUserValidationResult validateUpdateUser(ApplicationUser user) {
        UpdateErrors errors = new UpdateErrors(user);
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        if (loggedIn == null || !accounts.isSystemAdmin(loggedIn.getUsername())) {
            errors.addErrorMessage(NO_PERMISSION);
            return result(errors);
        }
        ApplicationUser existing = userManager.getUserByKey(user.getKey());
        if (existing == null) {
            errors.addErrorMessage(NO_SUCH_USER);
            return result(errors);
        }
        if (!userManager.canUpdateUser(existing)) {
            errors.addErrorMessage(READ_ONLY);
            return result(errors);
        }
        if (!user.isActive()) {
            List<String> led = projects.keysLedBy(existing.getKey());
            if (!led.isEmpty()) {
                // Jira reports this against the "active" field.
                errors.addError("active", "Cannot deactivate user '" + existing.getUsername()
                        + "' because they are the lead of these projects: " + String.join(", ", led));
            }
        }
        if (!Names.key(existing.getUsername()).equals(Names.key(user.getUsername()))) {
            errors.addErrorMessage(NO_RENAME);
        }
        return result(errors);
    }

    @Override
    public void updateUser(UpdateUserValidationResult updateUserValidationResult) {
        if (!updateUserValidationResult.isValid()
                || !(updateUserValidationResult.getErrorCollection() instanceof UpdateErrors errors)) {
            throw new IllegalStateException("Invalid UpdateUserValidationResult");
        }
        ApplicationUser wanted = errors.user;
        DevHostApplicationUser existing = users.byKey(wanted.getKey())
                .orElseThrow(() -> new UserNotFoundException(wanted.getUsername()));
        users.setActive(existing.crowdUser().rowId(), wanted.isActive(), clock.instant());
    }

    /**
     * Only Jira creates validation results: the class is final and its constructor package-private,
     * so the dev host, standing in for Jira's own service, calls that constructor reflectively.
     */
    private static UpdateUserValidationResult result(ErrorCollection errors) {
        try {
            Constructor<UpdateUserValidationResult> constructor =
                    UpdateUserValidationResult.class.getDeclaredConstructor(ErrorCollection.class);
            constructor.setAccessible(true);
            return constructor.newInstance(errors);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create Jira's UpdateUserValidationResult", e);
        }
    }

    /**
     * The errors of one validation, remembering the user it validated: the result type's own
     * user field is filled only by Jira's other constructor, so {@link #updateUser} finds the user
     * here.
     */
    private static final class UpdateErrors extends DevHostErrorCollection {
        private final ApplicationUser user;

        UpdateErrors(ApplicationUser user) {
            this.user = user;
        }
    }
}
