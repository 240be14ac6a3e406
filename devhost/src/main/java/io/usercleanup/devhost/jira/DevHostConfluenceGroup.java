package io.usercleanup.devhost.jira;

import com.atlassian.user.Group;
import io.usercleanup.core.model.Names;

import java.util.Objects;

/** An atlassian-user group of the dev host's Confluence: a name, equal ignoring case. */
final class DevHostConfluenceGroup implements Group {
    private static final long serialVersionUID = 1L;

    private final String name;

    DevHostConfluenceGroup(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevHostConfluenceGroup other && Names.key(name).equals(Names.key(other.name));
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
