package io.usercleanup.confluence;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confluence's user directories, which its embedded Crowd keeps, described the way a cleanup sees
 * them, and named for messages.
 */
final class CrowdDirectories {
    private final CrowdDirectoryService directoryService;

    CrowdDirectories(CrowdDirectoryService directoryService) {
        this.directoryService = directoryService;
    }

    /** Every directory, in Crowd's order (the order in which Confluence resolves users). */
    List<DirectoryInfo> all() {
        return ConfluenceReads.read("the user directories", () -> directoryService.findAllDirectories().stream()
                .map(CrowdDirectories::toInfo)
                .collect(Collectors.toList()));
    }

    /** "directory 'Name'" for messages, or "directory with id N" when Confluence does not know it. */
    String label(long directoryId) {
        Optional<Directory> directory = ConfluenceReads.read("the user directory with id " + directoryId,
                () -> Optional.ofNullable(directoryService.findDirectoryById(directoryId)));
        return directory.map(d -> "directory '" + d.getName() + "'").orElse("directory with id " + directoryId);
    }

    static DirectoryInfo toInfo(Directory directory) {
        return new DirectoryInfo(directory.getId(), directory.getName(), kindOf(directory.getType()),
                isReadOnly(directory));
    }

    /** Matched by name so that a directory type added by a later Crowd shows as UNKNOWN instead of failing. */
    static DirectoryKind kindOf(DirectoryType type) {
        if (type == null) {
            return DirectoryKind.UNKNOWN;
        }
        try {
            return DirectoryKind.valueOf(type.name());
        } catch (IllegalArgumentException e) {
            return DirectoryKind.UNKNOWN;
        }
    }

    /**
     * Whether a cleanup cannot change memberships in the directory: Crowd allows membership changes
     * only where the directory grants {@code UPDATE_GROUP}, and an Entra ID ({@code AZURE_AD})
     * directory is only ever read. The changes themselves ask Confluence per user and group
     * ({@code UserAccessor.isReadOnly}), so this only informs the overview.
     */
    static boolean isReadOnly(Directory directory) {
        if (directory.getType() == DirectoryType.AZURE_AD) {
            return true;
        }
        Set<OperationType> allowed = directory.getAllowedOperations();
        return allowed == null || !allowed.contains(OperationType.UPDATE_GROUP);
    }
}
