package io.usercleanup.core.service;

import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.GroupInfo;
import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.CleanupDefinition;
import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a cleanup's target groups against the directory: the union of its groups and every
 * group of its applications. A group or application that has gone since the cleanup was saved
 * stops the run rather than silently narrowing (or, for exclusions, widening) what it touches.
 */
final class TargetResolver {
    private final UserDirectory directory;

    TargetResolver(UserDirectory directory) {
        this.directory = directory;
    }

    List<GroupInfo> targetGroups(CleanupDefinition cleanup) {
        Map<String, String> names = new LinkedHashMap<>();
        cleanup.groups().forEach(g -> names.putIfAbsent(Names.key(g), g));
        if (!cleanup.applications().isEmpty()) {
            Map<String, ApplicationInfo> applications = new LinkedHashMap<>();
            directory.applications().forEach(a -> applications.put(a.key(), a));
            for (String key : cleanup.applications()) {
                ApplicationInfo application = applications.get(key);
                if (application == null) {
                    throw new DirectoryAccessException("The application '" + key + "' no longer exists");
                }
                application.groups().forEach(g -> names.putIfAbsent(Names.key(g), g));
            }
        }
        List<GroupInfo> groups = new ArrayList<>(names.size());
        for (String name : names.values()) {
            groups.add(existing(name, "target"));
        }
        return groups;
    }

    /** The lower-cased usernames of the direct and nested members of the excluded groups. */
    java.util.Set<String> excludedMemberKeys(CleanupDefinition cleanup) {
        cleanup.excludeGroups().forEach(g -> existing(g, "excluded"));
        return cleanup.excludeGroups().isEmpty()
                ? java.util.Set.of()
                : directory.memberKeysIncludingNested(cleanup.excludeGroups());
    }

    private GroupInfo existing(String name, String role) {
        return directory.findGroup(name).orElseThrow(
                () -> new DirectoryAccessException("The " + role + " group '" + name + "' no longer exists"));
    }
}
