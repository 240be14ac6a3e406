// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.bc.user;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Builds a changed copy of an {@link ApplicationUser} for
 * {@code UserService.validateUpdateUser}. The real type lives in the package of
 * {@code UserService} (public plugins import {@code com.atlassian.jira.bc.user.ApplicationUserBuilder}
 * and construct {@code com.atlassian.jira.bc.user.ApplicationUserBuilderImpl}, its implementation
 * class, which is why it is declared as an interface). Only members seen in real call sites are
 * declared; the plugin calls {@code active} and {@code build}, the dev host's tests {@code name}.
 */
public interface ApplicationUserBuilder {
    ApplicationUserBuilder active(boolean active);

    ApplicationUserBuilder name(String name);

    ApplicationUser build();
}
