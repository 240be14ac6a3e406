// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.bc.user;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Validated user changes. Only the members the plugin needs are declared; their signatures are
 * the real ones.
 */
public interface UserService {
    ApplicationUserBuilder newUserBuilder(ApplicationUser user);

    UpdateUserValidationResult validateUpdateUser(ApplicationUser user);

    void updateUser(UpdateUserValidationResult updateUserValidationResult);

    /** The outcome of {@link #validateUpdateUser(ApplicationUser)}; only Jira creates it. */
    final class UpdateUserValidationResult extends ServiceResultImpl {
        private final ApplicationUser user;

        UpdateUserValidationResult(ErrorCollection errorCollection) {
            super(errorCollection);
            this.user = null;
        }

        public ApplicationUser getApplicationUser() {
            return user;
        }
    }
}
