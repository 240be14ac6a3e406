package io.usercleanup.core.model;

/**
 * The numbers of a run. {@code removed}, {@code exported}, {@code failed} and
 * {@code noIdentifier} count (user, group) outcomes; {@code deactivated} counts users. A dry run
 * counts its would-be outcomes under the same keys.
 *
 * @param evaluated    distinct active users who are direct members of a target group
 * @param inactive     of those, inactive and not excluded
 * @param excluded     inactive but excluded
 * @param skipped      never logged in with unknown creation date
 * @param removed      memberships removed (or that would be)
 * @param deactivated  users deactivated (or that would be)
 * @param exported     rows written to identity provider files
 * @param noIdentifier synced memberships left out of the files for want of an identifier
 * @param failed       outcomes that failed
 * @param reported     report-only outcomes
 */
public record RunCounts(
        long evaluated,
        long inactive,
        long excluded,
        long skipped,
        long removed,
        long deactivated,
        long exported,
        long noIdentifier,
        long failed,
        long reported) {

    /** All zero. */
    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These counts with {@code outcomes} more failed outcomes. */
    public RunCounts plusFailed(long outcomes) {
        return new RunCounts(evaluated, inactive, excluded, skipped, removed, deactivated, exported, noIdentifier,
                failed + outcomes, reported);
    }
}
