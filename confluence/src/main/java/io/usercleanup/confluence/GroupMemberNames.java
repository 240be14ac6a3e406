package io.usercleanup.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import com.atlassian.user.search.page.Pager;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct member names of several groups, each with its memberships among them, in the order
 * they were first met; users are told apart by username, ignoring case.
 * <p>
 * Names come from Confluence's {@code getMemberNames} pager, which loads them a page at a time, so
 * only names are held, never user objects ({@code UserAccessor.getMembers} would load every user
 * of a group into one list first). All groups are read before the first user is handed out: a
 * user's memberships are complete only then, and the cleanup removes memberships while it
 * consumes the users, which would shift the pages of a pager still being read.
 */
final class GroupMemberNames {
    private final Map<String, Member> members = new LinkedHashMap<>();

    static GroupMemberNames of(UserAccessor userAccessor, Collection<Group> groups) {
        GroupMemberNames names = new GroupMemberNames();
        for (Group group : groups) {
            ConfluenceReads.run("the members of group '" + group.getName() + "'", () -> {
                Pager<String> pager = userAccessor.getMemberNames(group);
                if (pager == null) {
                    // Confluence logs the failure of its group manager and answers null.
                    throw new DirectoryAccessException("Confluence could not read the members of group '"
                            + group.getName() + "' (see Confluence's log)");
                }
                for (String name : pager) {
                    names.add(group.getName(), name);
                }
            });
        }
        return names;
    }

    private void add(String groupName, String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        Member member = members.computeIfAbsent(Names.key(username), k -> new Member(username));
        if (!member.groups.contains(groupName)) {
            member.groups.add(groupName);
        }
    }

    Collection<Member> all() {
        return members.values();
    }

    /** One username and the requested groups it is a member of. */
    static final class Member {
        private final String username;
        private final List<String> groups = new ArrayList<>();

        private Member(String username) {
            this.username = username;
        }

        String username() {
            return username;
        }

        List<String> groups() {
            return List.copyOf(groups);
        }
    }
}
