package io.usercleanup.confluence;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.model.DirectoryEntity;
import com.atlassian.user.Group;
import com.atlassian.user.search.page.Pager;

/**
 * Finds the user directory a Confluence group lives in. Confluence's group has no directory; the
 * group as Crowd holds it says so when it is a Crowd {@code DirectoryEntity}. Crowd's embedded
 * service may hand out groups that carry only a name; then a direct member tells, as Crowd keeps a
 * membership inside one directory, with the user and the group of that directory (the Jira
 * adapter's rule). One member Crowd holds is enough, among the first
 * {@value #MEMBERS_ASKED}, one page of Confluence's pager: a large group is not read whole.
 */
final class GroupDirectoryLocator {
    private static final int MEMBERS_ASKED = 100;

    private final com.atlassian.confluence.user.UserAccessor userAccessor;
    private final CrowdService crowdService;

    GroupDirectoryLocator(com.atlassian.confluence.user.UserAccessor userAccessor, CrowdService crowdService) {
        this.userAccessor = userAccessor;
        this.crowdService = crowdService;
    }

    /** The group's directory id, or {@code -1} when neither the group nor a member tells. */
    long directoryOf(Group group, com.atlassian.crowd.embedded.api.Group crowdGroup) {
        if (crowdGroup instanceof DirectoryEntity) {
            return ((DirectoryEntity) crowdGroup).getDirectoryId();
        }
        return ConfluenceReads.read("the members of group '" + group.getName() + "'", () -> {
            Pager<String> pager = userAccessor.getMemberNames(group);
            if (pager == null) {
                return ConfluenceUsers.UNKNOWN_DIRECTORY;
            }
            int asked = 0;
            for (String name : pager) {
                com.atlassian.crowd.embedded.api.User member = name == null ? null : crowdService.getUser(name);
                if (member != null) {
                    return member.getDirectoryId();
                }
                if (++asked == MEMBERS_ASKED) {
                    break;
                }
            }
            return ConfluenceUsers.UNKNOWN_DIRECTORY;
        });
    }
}
