package io.usercleanup.devhost.jira;

import com.atlassian.confluence.user.ConfluenceUser;
import io.usercleanup.core.model.Names;

import java.util.Objects;

/** A Confluence user of the dev host, from its Crowd row; equal by username ignoring case, as Confluence's. */
final class DevHostConfluenceUser implements ConfluenceUser {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String fullName;
    private final String email;

    DevHostConfluenceUser(DevHostCrowdUser user) {
        this.name = user.getName();
        this.fullName = user.getDisplayName();
        this.email = user.getEmailAddress();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevHostConfluenceUser other && Names.key(name).equals(Names.key(other.name));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Names.key(name));
    }

    @Override
    public String toString() {
        return name;
    }
}
