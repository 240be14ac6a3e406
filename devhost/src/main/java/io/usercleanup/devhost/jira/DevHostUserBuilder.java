package io.usercleanup.devhost.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.bc.user.ApplicationUserBuilder;

/** Builds a changed copy of a user for {@link DevHostUserService#validateUpdateUser}. */
final class DevHostUserBuilder implements ApplicationUserBuilder {
    private final DevHostApplicationUser original;
    private String name;
    private boolean active;

    DevHostUserBuilder(DevHostApplicationUser original) {
        this.original = original;
        this.name = original.getUsername();
        this.active = original.isActive();
    }

    @Override
    public ApplicationUserBuilder active(boolean newActive) {
        this.active = newActive;
        return this;
    }

    @Override
    public ApplicationUserBuilder name(String newName) {
        this.name = newName;
        return this;
    }

    /** The copy keeps the original's id and key, which is how Jira knows which user to update. */
    @Override
    public ApplicationUser build() {
        return new DevHostApplicationUser(original.getId(), original.getKey(), original.crowdUser().changed(name, active));
    }
}
