package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the affected users of a run with their outcomes, ordered by user key (the lower-cased
 * username) as the database collates it, ties broken by id.
 */
final class RunUserReader {

    /** Users read per query when streaming. */
    static final int STREAM_PAGE = 500;

    private static final String ORDER = RunUserEntity.USER_KEY + " ASC, " + RunUserEntity.ID + " ASC";

    /**
     * The {@code run_user_key} index's own order. Naming the run column, fixed by the query, lets
     * every database see that the index is already in this order (H2 does not without it).
     */
    private static final String KEY_ORDER = RunUserEntity.RUN_ID + " ASC, " + RunUserEntity.USER_KEY + " ASC";

    /** Most user keys one {@code IN} list names (Oracle takes up to 1,000). */
    private static final int IN_LIST = 500;

    private final ActiveObjects ao;
    private final RunUserSearch search;

    RunUserReader(ActiveObjects ao) {
        this.ao = ao;
        this.search = new RunUserSearch(ao);
    }

    /**
     * A page of the users the query lists. Without a filter or another order, it is the page of
     * {@link #page(long, long, int)}; otherwise the database searches and orders, and the page's
     * outcomes are read by the page's keys (in its order they are no key range).
     */
    Page<UserOutcome> page(long runId, UserQuery query, long start, int limit) {
        if (query.equals(UserQuery.ALL)) {
            return page(runId, start, limit);
        }
        if (start < 0 || limit < 1) {
            throw new IllegalArgumentException("start must not be negative and limit must be positive");
        }
        RunUserSearch.Found found = search.page(runId, query, start, limit);
        return new Page<>(start, limit, found.total(), withOutcomesOfKeys(runId, found.users()));
    }

    private List<UserOutcome> withOutcomesOfKeys(long runId, List<RunUserEntity> users) {
        Map<String, List<GroupOutcome>> outcomes = new HashMap<>();
        users.forEach(user -> outcomes.put(user.getUserKey(), new ArrayList<>()));
        List<String> keys = new ArrayList<>(outcomes.keySet());
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
            List<Object> params = new ArrayList<>(List.of(runId));
            params.addAll(chunk);
            RunOutcomeEntity[] rows = ao.find(RunOutcomeEntity.class, Query.select()
                    .where(RunOutcomeEntity.RUN_ID + " = ? AND " + RunOutcomeEntity.USER_KEY + " IN ("
                            + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", params.toArray())
                    .order(RunOutcomeEntity.ID + " ASC"));
            for (RunOutcomeEntity row : rows) {
                List<GroupOutcome> userOutcomes = outcomes.get(row.getUserKey());
                if (userOutcomes != null) {
                    userOutcomes.add(toOutcome(row));
                }
            }
        }
        return users.stream().map(user -> toUser(user, outcomes.get(user.getUserKey()))).toList();
    }

    Page<UserOutcome> page(long runId, long start, int limit) {
        if (start < 0 || start > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("start must be between 0 and " + Integer.MAX_VALUE);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        int total = ao.count(RunUserEntity.class, Query.select().where(RunUserEntity.RUN_ID + " = ?", runId));
        RunUserEntity[] users = ao.find(RunUserEntity.class, Query.select()
                .where(RunUserEntity.RUN_ID + " = ?", runId)
                .order(ORDER)
                .offset((int) start)
                .limit(limit));
        return new Page<>(start, limit, total, withOutcomes(runId, users));
    }

    /**
     * Streams every user page by page. Pages follow on from the last key seen rather than from an
     * offset, and are ordered by the key alone, the order of the {@code run_user_key} index
     * ({@link #KEY_ORDER}): every database then reads just one page of the index per query (a
     * tie-break column in the {@code ORDER BY} makes some, H2 among them, read and sort the rest of
     * the run for every page). A full page may end inside a run of rows with the same key (the store writes one
     * row per key, but reads nothing into that), so the page gives up its last key, whose rows are
     * read whole by a query of their own; rows with the same key come by id.
     */
    void forEach(long runId, Consumer<UserOutcome> sink) {
        String lastKey = null;
        RunUserEntity[] users;
        do {
            Query query = lastKey == null
                    ? Query.select().where(RunUserEntity.RUN_ID + " = ?", runId)
                    : Query.select().where(RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.USER_KEY + " > ?",
                    runId, lastKey);
            users = ao.find(RunUserEntity.class, query.order(KEY_ORDER).limit(STREAM_PAGE));
            List<RunUserEntity> page = new ArrayList<>(List.of(users));
            if (users.length == STREAM_PAGE) {
                lastKey = users[users.length - 1].getUserKey();
                // The database decides which keys equal the last one (its collation may say more do).
                List<RunUserEntity> last = new ArrayList<>(List.of(ao.find(RunUserEntity.class, Query.select()
                        .where(RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.USER_KEY + " = ?", runId, lastKey))));
                java.util.Set<Long> lastIds = new java.util.HashSet<>();
                last.forEach(user -> lastIds.add(user.getID()));
                page.removeIf(user -> lastIds.contains(user.getID()));
                last.sort(java.util.Comparator.comparingLong(RunUserEntity::getID));
                page = tiesById(page);
                page.addAll(last);
            } else {
                page = tiesById(page);
            }
            withOutcomes(runId, page.toArray(new RunUserEntity[0])).forEach(sink);
        } while (users.length == STREAM_PAGE);
    }

    /**
     * Rows in key order with, among rows of the same key (next to each other), the lower id first.
     * Keys that only the database's collation takes for equal (an accent-insensitive one, which
     * Jira does not use) keep the database's order.
     */
    private static List<RunUserEntity> tiesById(List<RunUserEntity> rows) {
        List<RunUserEntity> ordered = new ArrayList<>(rows.size());
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).getUserKey().equals(rows.get(from).getUserKey())) {
                List<RunUserEntity> same = new ArrayList<>(rows.subList(from, i));
                same.sort(java.util.Comparator.comparingLong(RunUserEntity::getID));
                ordered.addAll(same);
                from = i;
            }
        }
        return ordered;
    }

    /**
     * Reads the outcomes of a page of users in one query over the page's key range (no
     * {@code IN} list, whatever the page size) and keeps those whose key is exactly a page user's.
     */
    private List<UserOutcome> withOutcomes(long runId, RunUserEntity[] users) {
        if (users.length == 0) {
            return List.of();
        }
        Map<String, List<GroupOutcome>> outcomes = new HashMap<>();
        for (RunUserEntity user : users) {
            outcomes.put(user.getUserKey(), new ArrayList<>());
        }
        RunOutcomeEntity[] rows = ao.find(RunOutcomeEntity.class, Query.select()
                .where(RunOutcomeEntity.RUN_ID + " = ? AND " + RunOutcomeEntity.USER_KEY + " >= ? AND "
                                + RunOutcomeEntity.USER_KEY + " <= ?",
                        runId, users[0].getUserKey(), users[users.length - 1].getUserKey())
                .order(RunOutcomeEntity.ID + " ASC"));
        for (RunOutcomeEntity row : rows) {
            List<GroupOutcome> userOutcomes = outcomes.get(row.getUserKey());
            if (userOutcomes != null) {
                userOutcomes.add(toOutcome(row));
            }
        }
        List<UserOutcome> result = new ArrayList<>(users.length);
        for (RunUserEntity user : users) {
            result.add(toUser(user, outcomes.get(user.getUserKey())));
        }
        return result;
    }

    private static UserOutcome toUser(RunUserEntity user, List<GroupOutcome> outcomes) {
        return new UserOutcome(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getDirectoryId(),
                Values.instant(user.getLastLogin()), outcomes, user.isDeactivated());
    }

    private static GroupOutcome toOutcome(RunOutcomeEntity row) {
        return new GroupOutcome(
                row.getGroupName(),
                Values.enumValue(OutcomeType.class, row.getOutcome()),
                row.getReason(),
                row.getIdentifier(),
                row.isPending());
    }
}
