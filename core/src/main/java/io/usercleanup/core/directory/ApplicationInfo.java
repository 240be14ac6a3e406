package io.usercleanup.core.directory;

import java.util.List;
import java.util.Objects;

/**
 * An application (Jira Software, Jira Service Management...) and the groups that grant access to it.
 *
 * @param key    the application key, such as {@code jira-software}
 * @param name   its display name
 * @param groups its licensing groups
 */
public record ApplicationInfo(String key, String name, List<String> groups) {
    public ApplicationInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        groups = List.copyOf(groups);
    }
}
