package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;

import java.util.List;

/** Crowd's directory service over {@code cwd_directory}; the dev host's directories never synchronise. */
final class DevHostCrowdDirectoryService implements CrowdDirectoryService {
    private final DirectoryTable directories;

    DevHostCrowdDirectoryService(DirectoryTable directories) {
        this.directories = directories;
    }

    @Override
    public Directory findDirectoryByName(String name) {
        return directories.byName(name).orElse(null);
    }

    @Override
    public List<Directory> findAllDirectories() {
        return List.copyOf(directories.all());
    }

    /** {@code null} for an unknown id, as Jira's embedded Crowd answers. */
    @Override
    public Directory findDirectoryById(long directoryId) {
        return directories.byId(directoryId).orElse(null);
    }

    /** Every directory of the dev host can hold nested groups (the fixture may nest them anywhere). */
    @Override
    public boolean supportsNestedGroups(long directoryId) {
        return true;
    }

    /** Remote directories synchronise in Jira; the internal one has nothing to synchronise with. */
    @Override
    public boolean isDirectorySynchronisable(long directoryId) {
        return directories.byId(directoryId).map(d -> d.getType() != DirectoryType.INTERNAL).orElse(false);
    }

    @Override
    public boolean isDirectorySynchronising(long directoryId) {
        return false;
    }

    /** Jira's default: a user's memberships come from the first directory that has the user. */
    @Override
    public boolean isMembershipAggregationEnabled() {
        return false;
    }
}
