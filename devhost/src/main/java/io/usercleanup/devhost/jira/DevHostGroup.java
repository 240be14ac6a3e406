package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.Group;
import io.usercleanup.core.model.Names;

import java.io.Serializable;
import java.util.Objects;

/**
 * A group as Jira hands it out: Crowd's embedded group, which carries only its name (Jira's
 * {@code GroupManager} and {@code CrowdService} convert Crowd's directory groups to it). Like
 * Crowd's, it equals any group of the same name ignoring case.
 */
final class DevHostGroup implements Group, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;

    DevHostGroup(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Group && Names.key(((Group) o).getName()).equals(Names.key(name));
    }

    @Override
    public int hashCode() {
        return Names.key(name).hashCode();
    }

    @Override
    public int compareTo(Group other) {
        return Names.key(name).compareTo(Names.key(other.getName()));
    }

    @Override
    public String toString() {
        return name;
    }
}
