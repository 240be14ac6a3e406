package io.usercleanup.core.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The application's users, groups and directories, as the cleanup core needs them. The Jira
 * adapter implements it over Jira's and Crowd's APIs. Read methods throw
 * {@link DirectoryAccessException} when the directory cannot be read.
 */
public interface UserDirectory {

    /** Every user directory. */
    List<DirectoryInfo> directories();

    /** A group by name (case-insensitive), or empty when there is none. */
    Optional<GroupInfo> findGroup(String name);

    /**
     * A page of the group names starting with the prefix (ignoring case; every group for an empty
     * prefix), in the application's order of group names: the {@code limit} names from the
     * {@code start}th (0 is the first) on, fewer at the end.
     *
     * @throws IllegalArgumentException when {@code start} is negative
     */
    List<String> findGroupNames(String prefix, int start, int limit);

    /**
     * The usernames among those given that name no user of the application (deactivated users
     * are users), each once in the spelling and order first given, names compared ignoring case
     * as the application compares logins; empty when every name is a user.
     */
    Set<String> unknownUsernames(Collection<String> usernames);

    /** Every application with its licensing groups. */
    List<ApplicationInfo> applications();

    /**
     * Streams every distinct user who is a direct member of at least one of the groups, once,
     * with {@link DirectoryUser#directGroups()} holding the user's direct memberships among them.
     * Deactivated users may be included; the caller filters them.
     */
    void forEachDirectMember(Collection<String> groupNames, Consumer<DirectoryUser> sink);

    /**
     * The lower-cased usernames of the direct and nested members of the groups (for exclusions;
     * these groups are expected to be small, such as service accounts and emergency admins).
     */
    Set<String> memberKeysIncludingNested(Collection<String> groupNames);

    /** Removes the user's direct membership of the group. */
    void removeFromGroup(String username, String groupName) throws DirectoryChangeException;

    /**
     * Asks the application whether {@link #removeFromGroup} would be allowed now, changing
     * nothing: the same reads and checks the removal makes before it changes the membership (user
     * and group exist, the membership is direct, the directory allows it).
     *
     * @throws DirectoryChangeException when the removal would be refused, with the reason the
     *                                  removal would give
     */
    void checkRemoveFromGroup(String username, String groupName) throws DirectoryChangeException;

    /** Deactivates the user. */
    void deactivate(String username) throws DirectoryChangeException;

    /**
     * Asks the application whether {@link #deactivate} would be allowed now, changing nothing: the
     * same reads and the same validation by the application (which refuses, for example, to
     * deactivate a project lead), as the administrator of {@link #actingAs}, without the update.
     *
     * @throws DirectoryChangeException when the deactivation would be refused, with the reason the
     *                                  deactivation would give
     */
    void checkDeactivate(String username) throws DirectoryChangeException;

    /**
     * Makes the changes (or the checks of a dry run) as the administrator, as the application wants changes to its users made:
     * Jira checks that administrator's rights before a deactivation and names them in its audit
     * log. With {@code null} the changes are made as whoever the current thread runs as.
     *
     * @throws DirectoryAccessException when the administrator is not a user of the application
     *                                  any more; nothing is changed then
     */
    void actingAs(String administrator, Runnable changes);
}
