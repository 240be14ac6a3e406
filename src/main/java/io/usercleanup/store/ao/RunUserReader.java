package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.UserOutcome;
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

    private final ActiveObjects ao;

    RunUserReader(ActiveObjects ao) {
        this.ao = ao;
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
     * Streams every user page by page. Pages follow on from the last (key, id) seen rather than
     * from an offset, so each query stays cheap however far into the run it is: the condition
     * {@code key >= last} lets the database start its index scan there (the {@code OR} alone
     * would have it walk the run's index from the start for every page).
     */
    void forEach(long runId, Consumer<UserOutcome> sink) {
        RunUserEntity[] users;
        RunUserEntity last = null;
        do {
            Query query = last == null
                    ? Query.select().where(RunUserEntity.RUN_ID + " = ?", runId)
                    : Query.select().where(RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.USER_KEY + " >= ? AND ("
                            + RunUserEntity.USER_KEY + " > ? OR " + RunUserEntity.ID + " > ?)",
                    runId, last.getUserKey(), last.getUserKey(), last.getID());
            users = ao.find(RunUserEntity.class, query.order(ORDER).limit(STREAM_PAGE));
            withOutcomes(runId, users).forEach(sink);
            last = users.length == 0 ? null : users[users.length - 1];
        } while (users.length == STREAM_PAGE);
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
            result.add(new UserOutcome(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getEmail(),
                    user.getDirectoryId(),
                    Values.instant(user.getLastLogin()),
                    outcomes.get(user.getUserKey()),
                    user.isDeactivated()));
        }
        return result;
    }

    private static GroupOutcome toOutcome(RunOutcomeEntity row) {
        return new GroupOutcome(
                row.getGroupName(),
                Values.enumValue(OutcomeType.class, row.getOutcome()),
                row.getReason(),
                row.getIdentifier());
    }
}
