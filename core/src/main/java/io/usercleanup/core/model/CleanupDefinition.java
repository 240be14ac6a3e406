package io.usercleanup.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleanup as the administrator defined it.
 *
 * @param id            store id, {@code null} before it is saved
 * @param name          unique display name
 * @param enabled       whether its schedule is active
 * @param groups        target licensing groups picked directly
 * @param applications  application keys whose groups are all targets
 * @param inactiveDays  a user whose last login is older than this many days is inactive
 * @param neverLoggedIn whether and when never-logged-in users count
 * @param excludeGroups members (direct or nested) of these groups are never touched
 * @param excludeUsers  these usernames (any case) are never touched
 * @param action        what happens to inactive members of groups not synced from the IDP
 * @param idpId         the identity provider whose synced groups get removal files, or {@code null}
 * @param schedule      when it runs by itself, or {@code null}
 * @param savedBy       the administrator who created it or saved it last: its scheduled runs make
 *                      their changes as this administrator; {@code null} before it is saved, and
 *                      for cleanups saved before this was recorded
 */
public record CleanupDefinition(
        Long id,
        String name,
        boolean enabled,
        List<String> groups,
        List<String> applications,
        int inactiveDays,
        NeverLoggedInPolicy neverLoggedIn,
        List<String> excludeGroups,
        List<String> excludeUsers,
        CleanupAction action,
        Long idpId,
        ScheduleSpec schedule,
        String savedBy) {

    public CleanupDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        groups = Names.distinct(groups);
        applications = List.copyOf(applications);
        neverLoggedIn = neverLoggedIn == null ? NeverLoggedInPolicy.EXCLUDED : neverLoggedIn;
        excludeGroups = Names.distinct(excludeGroups);
        excludeUsers = Names.distinct(excludeUsers);
    }

    /** A definition nobody has saved yet. */
    public CleanupDefinition(Long id, String name, boolean enabled, List<String> groups, List<String> applications,
                             int inactiveDays, NeverLoggedInPolicy neverLoggedIn, List<String> excludeGroups,
                             List<String> excludeUsers, CleanupAction action, Long idpId, ScheduleSpec schedule) {
        this(id, name, enabled, groups, applications, inactiveDays, neverLoggedIn, excludeGroups, excludeUsers,
                action, idpId, schedule, null);
    }

    /** The same definition with the given store id. */
    public CleanupDefinition withId(Long newId) {
        return new CleanupDefinition(newId, name, enabled, groups, applications, inactiveDays, neverLoggedIn,
                excludeGroups, excludeUsers, action, idpId, schedule, savedBy);
    }
}
