package io.usercleanup.core.directory;

import java.util.Objects;

/**
 * A user directory of the application.
 *
 * @param id       the directory id
 * @param name     its display name
 * @param kind     its Crowd type
 * @param readOnly whether users and memberships in it cannot be changed locally
 */
public record DirectoryInfo(long id, String name, DirectoryKind kind, boolean readOnly) {
    public DirectoryInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
