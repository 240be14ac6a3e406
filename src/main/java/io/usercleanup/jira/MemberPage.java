package io.usercleanup.jira;

import io.usercleanup.core.directory.DirectoryUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one page of {@link MemberRow}s, ordered by user, into users with their direct target
 * groups. A full page may end in the middle of a user's memberships, so its last user is left
 * for the next page, which starts right after the last user kept here.
 */
final class MemberPage {
    /** Where the next page starts: after this lower-cased username and user id. */
    record Resume(String key, long userId) {
    }

    private final List<DirectoryUser> users;
    private final Resume resume;

    private MemberPage(List<DirectoryUser> users, Resume resume) {
        this.users = users;
        this.resume = resume;
    }

    /**
     * @param rows        the page's rows, ordered by user
     * @param full        whether the page holds as many rows as were asked for, so that more may follow
     * @param groupNames  each group row id with the group's name as the cleanup names it
     * @param groupOrder  the order in which the groups were asked for, by name
     */
    static MemberPage of(List<MemberRow> rows, boolean full, Map<Long, String> groupNames,
                         Comparator<String> groupOrder) {
        List<List<MemberRow>> byUser = new ArrayList<>();
        for (MemberRow row : rows) {
            List<MemberRow> current = byUser.isEmpty() ? null : byUser.get(byUser.size() - 1);
            if (current == null || current.get(0).userId() != row.userId()) {
                current = new ArrayList<>();
                byUser.add(current);
            }
            current.add(row);
        }
        if (full) {
            if (byUser.size() < 2) {
                // The caller asks for more rows than one user can have; this only happens if it did not.
                throw new IllegalStateException("A page of " + rows.size() + " rows holds the memberships of one user");
            }
            byUser.remove(byUser.size() - 1);
        }
        List<DirectoryUser> users = new ArrayList<>(byUser.size());
        for (List<MemberRow> userRows : byUser) {
            users.add(toUser(userRows, groupNames, groupOrder));
        }
        Resume resume = null;
        if (full) {
            MemberRow last = byUser.get(byUser.size() - 1).get(0);
            resume = new Resume(last.key(), last.userId());
        }
        return new MemberPage(users, resume);
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
                first.active(), first.created(), first.lastLoginInstant(), groups);
    }

    /** The page's complete users, in order. */
    List<DirectoryUser> users() {
        return users;
    }

    /** Where the next page starts, or {@code null} when this was the last page. */
    Resume resume() {
        return resume;
    }
}
