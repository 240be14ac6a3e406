package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct direct members of several groups, each with its memberships among them, in the
 * order they were first met. Users are told apart by username, ignoring case, as Jira does.
 */
final class DirectMembers {
    private final Map<String, Member> members = new LinkedHashMap<>();

    void add(Group group, Collection<ApplicationUser> directUsers) {
        for (ApplicationUser user : directUsers) {
            Member member = members.computeIfAbsent(Names.key(user.getUsername()), k -> new Member(user));
            if (!member.groups.contains(group.getName())) {
                member.groups.add(group.getName());
            }
        }
    }

    Collection<Member> all() {
        return members.values();
    }

    /** One user and the requested groups it is a direct member of. */
    static final class Member {
        private final ApplicationUser user;
        private final List<String> groups = new ArrayList<>();

        private Member(ApplicationUser user) {
            this.user = user;
        }

        ApplicationUser user() {
            return user;
        }

        List<String> groups() {
            return List.copyOf(groups);
        }
    }
}
