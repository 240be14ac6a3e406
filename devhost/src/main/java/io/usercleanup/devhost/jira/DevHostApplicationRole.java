package io.usercleanup.devhost.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.application.ApplicationRole;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An application role: an application with the groups granting access to it. Immutable, as
 * Jira's is; the {@code with...} methods return changed copies and store nothing.
 */
final class DevHostApplicationRole implements ApplicationRole {
    /** Jira's seat count for an unlimited licence. */
    static final int UNLIMITED_SEATS = -1;

    private final ApplicationKey key;
    private final String name;
    private final Set<Group> groups;
    private final Set<Group> defaultGroups;
    private final boolean selectedByDefault;

    DevHostApplicationRole(ApplicationKey key, String name, Set<Group> groups, Set<Group> defaultGroups,
                           boolean selectedByDefault) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
        this.defaultGroups = Collections.unmodifiableSet(new LinkedHashSet<>(defaultGroups));
        this.selectedByDefault = selectedByDefault;
    }

    @Override
    public Set<Group> getDefaultGroups() {
        return defaultGroups;
    }

    /** Every group of the role, the default ones included. */
    @Override
    public Set<Group> getGroups() {
        return groups;
    }

    @Override
    public ApplicationKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getNumberOfSeats() {
        return UNLIMITED_SEATS;
    }

    @Override
    public boolean isDefined() {
        return true;
    }

    @Override
    public boolean isPlatform() {
        return false;
    }

    @Override
    public boolean isSelectedByDefault() {
        return selectedByDefault;
    }

    @Override
    public ApplicationRole withGroups(Iterable<Group> newGroups, Iterable<Group> newDefaultGroups) {
        Set<Group> all = new LinkedHashSet<>();
        newGroups.forEach(all::add);
        Set<Group> defaults = new LinkedHashSet<>();
        newDefaultGroups.forEach(defaults::add);
        all.addAll(defaults);
        return new DevHostApplicationRole(key, name, all, defaults, selectedByDefault);
    }

    @Override
    public ApplicationRole withSelectedByDefault(boolean newSelectedByDefault) {
        return new DevHostApplicationRole(key, name, groups, defaultGroups, newSelectedByDefault);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationRole && key.equals(((ApplicationRole) o).getKey());
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "ApplicationRole[" + key + ", " + name + ", " + groups + "]";
    }
}
