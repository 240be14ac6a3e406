// Stand-in for com.atlassian.jira:jira-api:10.3.x, compile-only; never packaged.
package com.atlassian.jira.user;

/**
 * Builds a changed copy of an {@link ApplicationUser} for
 * {@code UserService.validateUpdateUser}. Only the members seen in real call sites are declared.
 */
public interface ApplicationUserBuilder {
    ApplicationUserBuilder active(boolean active);

    ApplicationUserBuilder name(String name);

    ApplicationUser build();
}
