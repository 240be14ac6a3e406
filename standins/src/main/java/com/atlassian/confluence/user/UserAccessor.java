// Stand-in for com.atlassian.confluence:confluence 8.7.2 (API kept in Confluence 9.x), compile-only:
// never packaged, the host application provides the real type at run time. Only the members the
// plugin uses; each with the real descriptor and kind.
package com.atlassian.confluence.user;

import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;

/**
 * Confluence's user and group service. In Confluence 8.7.2 and 9.x several of these members are
 * inherited from the deprecated {@code bucket.user.UserAccessor} ({@code getGroup} also from
 * {@code GroupResolver}, {@code getMemberNames} from {@code GroupMembershipAccessor}); a call
 * names {@code com.atlassian.confluence.user.UserAccessor} as its owner either way, and the JVM
 * finds the inherited method. Confluence 10 declares the former bucket methods on this interface.
 */
public interface UserAccessor {

    /** The user, or {@code null}. */
    ConfluenceUser getUserByName(String name);

    /** The group, or {@code null}. */
    Group getGroup(String name);

    /** The group's member names, page by page; {@code null} when Confluence failed to read them. */
    Pager<String> getMemberNames(Group group);

    boolean isReadOnly(User user);

    boolean isReadOnly(Group group);

    boolean isDeactivated(User user);

    /** Checks {@code Permission.SET_PERMISSIONS} on the user for the thread's user first. */
    void deactivateUser(User user);

    /** Since Confluence 9.5. */
    void deactivateUserLocally(User user);

    /** Checks {@code Permission.EDIT} on the group for the thread's user first. */
    boolean removeMembership(Group group, User user);
}
