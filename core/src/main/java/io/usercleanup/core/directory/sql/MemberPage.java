package io.usercleanup.core.directory.sql;

import io.usercleanup.core.directory.DirectoryUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one page of {@link MemberRow}s, ordered by user, into users with their direct target
 * groups, once each.
 */
public final class MemberPage {
    private MemberPage() {
    }

    /**
     * @param rows       the page's rows, a user's rows next to each other
     * @param groupNames each group row id with the group's name as the cleanup names it
     * @param groupOrder the order in which the groups were asked for, by name
     */
    public static List<DirectoryUser> users(List<MemberRow> rows, Map<Long, String> groupNames,
                                            Comparator<String> groupOrder) {
        List<DirectoryUser> users = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i).userId() != rows.get(from).userId()) {
                users.add(toUser(rows.subList(from, i), groupNames, groupOrder));
                from = i;
            }
        }
        return users;
    }

    private static DirectoryUser toUser(List<MemberRow> rows, Map<Long, String> groupNames,
                                        Comparator<String> groupOrder) {
        MemberRow first = rows.get(0);
        List<String> groups = new ArrayList<>();
        for (MemberRow row : rows) {
            String name = Objects.requireNonNull(groupNames.get(row.groupId()), "group of the membership");
            if (!groups.contains(name)) {
                groups.add(name);
            }
        }
        groups.sort(groupOrder);
        return new DirectoryUser(first.username(), first.displayName(), first.email(), first.directoryId(),
                first.active(), first.created(), first.lastLogin(), groups);
    }
}
