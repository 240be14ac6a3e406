package io.usercleanup.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.User;
import com.atlassian.user.Group;
import io.usercleanup.core.directory.DirectoryUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The direct members of groups through Confluence's user API, user by user. Confluence lists a
 * group's members only with nested groups' members among them ({@code getMemberNames} asks
 * embedded Crowd for the group's effective members, see docs/confluence-api-facts.md), so each
 * listed user is kept only in the groups Crowd says it is a direct member of
 * ({@code CrowdService.isUserDirectGroupMember}, the check a removal makes too); a user that is a
 * direct member of none of them is left out, as is a user Crowd does not hold.
 */
final class ApiDirectMembers {
    private final UserAccessor userAccessor;
    private final CrowdService crowdService;
    private final ConfluenceUsers users;

    ApiDirectMembers(UserAccessor userAccessor, CrowdService crowdService, ConfluenceUsers users) {
        this.userAccessor = userAccessor;
        this.crowdService = crowdService;
        this.users = users;
    }

    /**
     * Reads every group's member names page by page (see {@link GroupMemberNames}), then hands out
     * the direct members one at a time, each read when it is handed out. A name whose user is gone
     * by then is skipped. What the sink throws is the cleanup's own and passes unchanged.
     */
    void forEach(List<Group> groups, Consumer<DirectoryUser> sink) {
        GroupMemberNames members = GroupMemberNames.of(userAccessor, groups);
        Map<String, com.atlassian.crowd.embedded.api.Group> crowdGroups = new HashMap<>();
        for (GroupMemberNames.Member member : members.all()) {
            ConfluenceUser user = users.find(member.username());
            User crowdUser = user == null ? null : users.crowdUser(member.username());
            if (crowdUser == null) {
                continue;
            }
            List<String> direct = member.groups().stream()
                    .filter(group -> isDirectMember(member.username(), crowdUser, group,
                            crowdGroups.computeIfAbsent(group, this::crowdGroup)))
                    .toList();
            if (!direct.isEmpty()) {
                DirectoryUser directoryUser = ConfluenceReads.read("the user '" + member.username() + "'",
                        () -> users.toDirectoryUser(user, crowdUser, direct));
                sink.accept(directoryUser);
            }
        }
    }

    private com.atlassian.crowd.embedded.api.Group crowdGroup(String name) {
        return ConfluenceReads.read("the directory group '" + name + "'", () -> crowdService.getGroup(name));
    }

    private boolean isDirectMember(String username, User user, String groupName,
                                   com.atlassian.crowd.embedded.api.Group group) {
        return group != null && ConfluenceReads.read("whether user '" + username + "' is a direct member of group '"
                + groupName + "'", () -> crowdService.isUserDirectGroupMember(user, group));
    }
}
