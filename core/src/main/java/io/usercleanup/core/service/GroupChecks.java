package io.usercleanup.core.service;

import io.usercleanup.core.directory.UserDirectory;
import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Checks submitted group names against the directory. */
final class GroupChecks {
    private GroupChecks() {
    }

    /**
     * The distinct group names, each as the directory spells it; every name that is blank or
     * not a group is reported against the field, all in one message.
     */
    static List<String> existing(Validation v, UserDirectory directory, String field, List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> submitted = new ArrayList<>();
        for (String name : names) {
            String stored = name == null ? "" : v.text(field, name, "A group name");
            if (stored != null) {
                submitted.add(stored);
            }
        }
        for (String name : Names.distinct(submitted)) {
            if (name.isEmpty()) {
                v.error(field, "A group name is empty.");
                continue;
            }
            directory.findGroup(name).ifPresentOrElse(g -> groups.add(g.name()), () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            v.error(field, (unknown.size() == 1 ? "There is no group " : "There are no groups ")
                    + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + ".");
        }
        return List.copyOf(groups);
    }
}
