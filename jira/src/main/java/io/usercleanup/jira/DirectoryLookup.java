package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.Directory;

import java.util.List;
import java.util.Optional;

/** Finds Crowd directories, and names them for messages. */
final class DirectoryLookup {
    private final CrowdDirectoryService directoryService;

    DirectoryLookup(CrowdDirectoryService directoryService) {
        this.directoryService = directoryService;
    }

    /** Every directory, in Crowd's order (the order in which Jira resolves users). */
    List<Directory> all() {
        return JiraReads.read("the user directories", directoryService::findAllDirectories);
    }

    Optional<Directory> byId(long directoryId) {
        return JiraReads.read("the user directory with id " + directoryId,
                () -> Optional.ofNullable(directoryService.findDirectoryById(directoryId)));
    }

    /** "directory 'Name'" for messages, or "directory with id N" when Jira no longer knows it. */
    String label(long directoryId) {
        return label(directoryId, byId(directoryId));
    }

    static String label(long directoryId, Optional<Directory> directory) {
        return directory.map(DirectoryLookup::label).orElse("directory with id " + directoryId);
    }

    static String label(Directory directory) {
        return "directory '" + directory.getName() + "'";
    }
}
