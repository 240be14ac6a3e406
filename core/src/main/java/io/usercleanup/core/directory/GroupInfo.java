package io.usercleanup.core.directory;

import java.util.Objects;

/**
 * A group as the application resolves it: its name and the directory it lives in.
 *
 * @param name        the group name
 * @param directoryId the directory that holds it
 */
public record GroupInfo(String name, long directoryId) {
    public GroupInfo {
        Objects.requireNonNull(name, "name");
    }
}
