package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserQuery;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The affected users of a run that a {@link UserQuery} lists, a page at a time, searched and
 * ordered by the database, so that no page reads more of the run than it shows (but for the
 * count of matches).
 * <p>
 * A filter by outcome or group joins the user's outcome rows, which can match more than once
 * per user (one row per target group), so the page is {@code DISTINCT}, ordered only by columns
 * it selects (as every database requires then), and its count is of the distinct users streamed
 * by id: a {@code COUNT(*)} would count the joined rows. Users without a value in the sort column
 * (no full name, no email address, never logged in) are a segment of their own, first in
 * ascending order and last in descending, since the databases disagree where {@code NULL} sorts.
 * Full names and email addresses are searched and ordered by their lower-cased copies
 * ({@link RunUserEntity#getDisplayNameKey()}): Active Objects quotes a column in a where clause
 * only where it stands before the operator, so {@code LOWER(column)} would fail on PostgreSQL.
 */
final class RunUserSearch {
    private static final String U = "u";
    private static final String O = "o";

    private final ActiveObjects ao;

    RunUserSearch(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The entities of the page, in the query's order, and how many users match in all. */
    record Found(List<RunUserEntity> users, long total) {
    }

    Found page(long runId, UserQuery query, long start, int limit) {
        if (query.sort() == UserQuery.Sort.USERNAME) {
            return new Found(find(runId, query, null, start, limit), count(runId, query, null));
        }
        // No value is less than any value: first when ascending, last when descending.
        Boolean firstNull = !query.descending();
        long first = count(runId, query, firstNull);
        long second = count(runId, query, !firstNull);
        List<RunUserEntity> users = new ArrayList<>();
        if (start < first) {
            users.addAll(find(runId, query, firstNull, start, (int) Math.min(limit, first - start)));
        }
        int left = limit - users.size();
        if (left > 0) {
            users.addAll(find(runId, query, !firstNull, Math.max(0, start - first), left));
        }
        return new Found(users, first + second);
    }

    /**
     * @param missing {@code true} for the users without a value in the sort column only,
     *                {@code false} for those with one only, {@code null} for both
     */
    private List<RunUserEntity> find(long runId, UserQuery query, Boolean missing, long start, int limit) {
        if (start > Integer.MAX_VALUE) {
            return List.of();
        }
        Query select = where(Query.select(), runId, query, missing)
                .order(order(query, missing))
                .offset((int) start)
                .limit(limit);
        return List.of(ao.find(RunUserEntity.class, select));
    }

    private long count(long runId, UserQuery query, Boolean missing) {
        if (!joins(query)) {
            return ao.count(RunUserEntity.class, where(Query.select(), runId, query, missing));
        }
        long[] count = {0};
        ao.stream(RunUserEntity.class, where(Query.select(RunUserEntity.ID), runId, query, missing),
                user -> count[0]++);
        return count[0];
    }

    private static boolean joins(UserQuery query) {
        return query.group() != null || !query.outcomes().isEmpty();
    }

    private static Query where(Query select, long runId, UserQuery query, Boolean missing) {
        StringBuilder where = new StringBuilder(U + "." + RunUserEntity.RUN_ID + " = ?");
        List<Object> params = new ArrayList<>(List.of(runId));
        select.alias(RunUserEntity.class, U);
        if (joins(query)) {
            select.alias(RunOutcomeEntity.class, O)
                    // Active Objects takes one equality as the ON clause; the run's is in the WHERE clause.
                    .join(RunOutcomeEntity.class, O + "." + RunOutcomeEntity.USER_KEY + " = " + U + "." + RunUserEntity.USER_KEY)
                    .distinct();
            where.append(" AND ").append(O).append('.').append(RunOutcomeEntity.RUN_ID).append(" = ?");
            params.add(runId);
            if (!query.outcomes().isEmpty()) {
                where.append(" AND ").append(O).append('.').append(RunOutcomeEntity.OUTCOME).append(" IN (")
                        .append(String.join(",", Collections.nCopies(query.outcomes().size(), "?"))).append(')');
                query.outcomes().stream().map(OutcomeType::name).sorted().forEach(params::add);
            }
            if (query.group() != null) {
                where.append(" AND ").append(O).append('.').append(RunOutcomeEntity.GROUP_KEY).append(" = ?");
                params.add(Names.key(query.group()));
            }
        }
        if (query.text() != null) {
            String like = "%" + escapeLike(Names.key(query.text())) + "%";
            where.append(" AND (").append(U).append('.').append(RunUserEntity.USER_KEY).append(" LIKE ?")
                    .append(" OR ").append(U).append('.').append(RunUserEntity.DISPLAY_NAME_KEY).append(" LIKE ?")
                    .append(" OR ").append(U).append('.').append(RunUserEntity.EMAIL_KEY).append(" LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (missing != null) {
            where.append(" AND ").append(U).append('.').append(column(query.sort()))
                    .append(missing ? " IS NULL" : " IS NOT NULL");
        }
        return select.where(where.toString(), params.toArray());
    }

    /** Backslash is the default escape of {@code LIKE} in H2, PostgreSQL and MySQL/MariaDB. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String column(UserQuery.Sort sort) {
        return switch (sort) {
            case USERNAME -> RunUserEntity.USER_KEY;
            case DISPLAY_NAME -> RunUserEntity.DISPLAY_NAME_KEY;
            case EMAIL -> RunUserEntity.EMAIL_KEY;
            case LAST_LOGIN -> RunUserEntity.LAST_LOGIN;
        };
    }

    /** The sort column, then the username (ascending: ties stay in username order), then the row. */
    private static String order(UserQuery query, Boolean missing) {
        String direction = query.descending() ? " DESC" : " ASC";
        if (query.sort() == UserQuery.Sort.USERNAME) {
            return U + "." + RunUserEntity.USER_KEY + direction + ", " + U + "." + RunUserEntity.ID + direction;
        }
        String key = U + "." + RunUserEntity.USER_KEY + " ASC, " + U + "." + RunUserEntity.ID + " ASC";
        return Boolean.TRUE.equals(missing) ? key : U + "." + column(query.sort()) + direction + ", " + key;
    }
}
