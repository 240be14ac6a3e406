package io.usercleanup.core.model;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which affected users of a run to list, and in which order: Show users' search, filters and
 * sorting, answered by the store so that a run of any size is searched whole.
 *
 * @param text       part of the username, full name or email address, ignoring case; {@code null} for any
 * @param outcomes   the user has an outcome of one of these types; empty for any
 * @param group      ... in this target group (ignoring case); {@code null} for any. With both, the same
 *                   outcome must be of one of the types and in the group
 * @param sort       the order
 * @param descending whether the order is reversed (ties stay in username order)
 */
public record UserQuery(String text, Set<OutcomeType> outcomes, String group, Sort sort, boolean descending) {

    /** Every user, in username order: the list without a query. */
    public static final UserQuery ALL = new UserQuery(null, Set.of(), null, Sort.USERNAME, false);

    /**
     * The orders Show users offers. A user who never logged in is older than any login: first
     * in ascending order of last login, last in descending order.
     */
    public enum Sort { USERNAME, DISPLAY_NAME, EMAIL, LAST_LOGIN }

    public UserQuery {
        text = text == null || text.isEmpty() ? null : text;
        group = group == null || group.isEmpty() ? null : group;
        outcomes = outcomes == null || outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
        Objects.requireNonNull(sort, "sort");
    }

    /** Whether this query filters the users (rather than only ordering them). */
    public boolean filters() {
        return text != null || group != null || !outcomes.isEmpty();
    }

    /**
     * The query's order in Java, as the in-memory stores use it: the sort value (text ignoring
     * case), a missing value before any value, reversed when descending; ties by username.
     */
    public Comparator<UserOutcome> order() {
        Comparator<UserOutcome> byName = Comparator.comparing((UserOutcome u) -> Names.key(u.username()));
        if (sort == Sort.USERNAME) {
            return descending ? byName.reversed() : byName;
        }
        Comparator<UserOutcome> byValue = switch (sort) {
            case DISPLAY_NAME -> Comparator.comparing(u -> key(u.displayName()), Comparator.nullsFirst(Comparator.naturalOrder()));
            case EMAIL -> Comparator.comparing(u -> key(u.email()), Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(UserOutcome::lastLogin, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        return (descending ? byValue.reversed() : byValue).thenComparing(byName);
    }

    private static String key(String text) {
        return text == null ? null : Names.key(text);
    }

    /** Whether the user is one this query lists. */
    public boolean matches(UserOutcome user) {
        if (text != null) {
            String wanted = Names.key(text);
            boolean found = Names.key(user.username()).contains(wanted)
                    || (user.displayName() != null && Names.key(user.displayName()).contains(wanted))
                    || (user.email() != null && Names.key(user.email()).contains(wanted));
            if (!found) {
                return false;
            }
        }
        if (outcomes.isEmpty() && group == null) {
            return true;
        }
        return user.outcomes().stream().anyMatch(o -> (outcomes.isEmpty() || outcomes.contains(o.outcome()))
                && (group == null || Names.key(o.group()).equals(Names.key(group))));
    }
}
