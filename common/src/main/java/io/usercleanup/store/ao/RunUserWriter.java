package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.UserOutcome;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the affected users of a run and their outcomes. Every call is one transaction: a batch
 * is recorded whole or not at all.
 */
final class RunUserWriter {

    /** Keeps {@code IN} lists well below every database's parameter limit. */
    private static final int KEYS_PER_QUERY = 500;

    /** Pending outcomes failed per transaction. */
    private static final int FAIL_PAGE = 500;

    private final ActiveObjects ao;

    RunUserWriter(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Records the users, replacing the rows the run recorded as pending for them (planned, not yet
     * confirmed). A user listed twice is recorded as listed last.
     */
    void save(long runId, List<UserOutcome> users, boolean pending) {
        write(runId, users, pending, true);
    }

    /**
     * Records users the run has recorded nothing for, without looking for earlier rows. A user
     * listed twice is recorded as listed last.
     */
    void append(long runId, List<UserOutcome> users) {
        write(runId, users, false, false);
    }

    private void write(long runId, List<UserOutcome> users, boolean pending, boolean replace) {
        Map<String, UserOutcome> byKey = new LinkedHashMap<>();
        for (UserOutcome user : users) {
            byKey.put(Names.key(Values.name(user.username(), "username")), user);
        }
        if (byKey.isEmpty()) {
            return;
        }
        List<Map<String, Object>> userRows = new ArrayList<>();
        List<Map<String, Object>> outcomeRows = new ArrayList<>();
        byKey.forEach((key, user) -> {
            userRows.add(userRow(runId, key, user, pending));
            for (GroupOutcome outcome : user.outcomes()) {
                outcomeRows.add(outcomeRow(runId, key, outcome, pending));
            }
        });
        ao.executeInTransaction(() -> {
            if (replace) {
                deletePending(runId, byKey.keySet());
            }
            ao.create(RunUserEntity.class, userRows);
            if (!outcomeRows.isEmpty()) {
                ao.create(RunOutcomeEntity.class, outcomeRows);
            }
            return null;
        });
    }

    /** Turns the run's pending outcomes into failures, a page per transaction. */
    int failPending(long runId, String reason) {
        String cappedReason = Values.capped(reason, Values.REASON_LENGTH);
        int failed = settlePending(RunOutcomeEntity.class, runId, row -> {
            row.setOutcome(OutcomeType.FAILED.name());
            row.setReason(cappedReason);
            row.setIdentifier(null);
            row.setIdentifierKey(null);
            row.setPending(false);
        });
        // Their outcomes settled, the users' own rows are no longer pending either.
        settlePending(RunUserEntity.class, runId, row -> row.setPending(false));
        return failed;
    }

    /**
     * Changes the run's pending rows of one table, a page per transaction, and returns how many it
     * changed. The change must clear the pending flag: that is what moves the next page on.
     */
    private <T extends LongIdEntity> int settlePending(Class<T> type, long runId, Consumer<T> settle) {
        int total = 0;
        int changed;
        do {
            changed = ao.executeInTransaction(() -> {
                // Both tables name these columns alike.
                T[] rows = ao.find(type, Query.select()
                        .where(RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.PENDING + " = ?", runId, true)
                        .order(LongIdEntity.ID + " ASC")
                        .limit(FAIL_PAGE));
                for (T row : rows) {
                    settle.accept(row);
                    row.save();
                }
                return rows.length;
            });
            total += changed;
        } while (changed == FAIL_PAGE);
        return total;
    }

    /** Deletes every user and outcome row of the run, a page of ids per transaction. */
    void deleteRun(long runId) {
        deleteAllOf(RunOutcomeEntity.class, RunOutcomeEntity.RUN_ID, runId);
        deleteAllOf(RunUserEntity.class, RunUserEntity.RUN_ID, runId);
    }

    private <T extends LongIdEntity> void deleteAllOf(Class<T> type, String runIdColumn, long runId) {
        int deleted;
        do {
            deleted = ao.executeInTransaction(() -> {
                T[] rows = ao.find(type, Query.select(LongIdEntity.ID)
                        .where(runIdColumn + " = ?", runId).limit(KEYS_PER_QUERY));
                List<Long> ids = new ArrayList<>(rows.length);
                for (T row : rows) {
                    ids.add(row.getID());
                }
                deleteByIds(type, ids);
                return ids.size();
            });
        } while (deleted == KEYS_PER_QUERY);
    }

    private static Map<String, Object> userRow(long runId, String key, UserOutcome user, boolean pending) {
        Map<String, Object> row = new HashMap<>();
        row.put(RunUserEntity.RUN_ID, runId);
        row.put(RunUserEntity.USERNAME, user.username());
        row.put(RunUserEntity.USER_KEY, key);
        row.put(RunUserEntity.DISPLAY_NAME, Values.capped(user.displayName(), Values.NAME_LENGTH));
        row.put(RunUserEntity.EMAIL, Values.capped(user.email(), Values.NAME_LENGTH));
        row.put(RunUserEntity.DISPLAY_NAME_KEY, searchKey(user.displayName()));
        row.put(RunUserEntity.EMAIL_KEY, searchKey(user.email()));
        row.put(RunUserEntity.DIRECTORY_ID, user.directoryId());
        row.put(RunUserEntity.LAST_LOGIN, Values.millis(user.lastLogin()));
        row.put(RunUserEntity.DEACTIVATED, user.deactivated());
        row.put(RunUserEntity.PENDING, pending);
        return row;
    }

    /** The lower-cased text Show users searches and sorts by, capped to the column; {@code null} for none. */
    private static String searchKey(String text) {
        return text == null ? null : Values.capped(Names.key(Values.capped(text, Values.NAME_LENGTH)), Values.NAME_LENGTH);
    }

    private static Map<String, Object> outcomeRow(long runId, String userKey, GroupOutcome outcome, boolean pending) {
        String group = Values.name(outcome.group(), "group");
        String identifier = Values.optionalName(outcome.identifier(), "identifier");
        Map<String, Object> row = new HashMap<>();
        row.put(RunOutcomeEntity.RUN_ID, runId);
        row.put(RunOutcomeEntity.USER_KEY, userKey);
        row.put(RunOutcomeEntity.GROUP_NAME, group);
        row.put(RunOutcomeEntity.GROUP_KEY, Names.key(group));
        row.put(RunOutcomeEntity.OUTCOME, outcome.outcome().name());
        row.put(RunOutcomeEntity.REASON, Values.capped(outcome.reason(), Values.REASON_LENGTH));
        row.put(RunOutcomeEntity.IDENTIFIER, identifier);
        row.put(RunOutcomeEntity.IDENTIFIER_KEY, identifier == null ? null : Names.key(identifier));
        row.put(RunOutcomeEntity.PENDING, pending);
        return row;
    }

    /**
     * Deletes the run's pending rows of these users. The pending rows are the batch in flight, read
     * along the {@code (run, pending)} indexes, so the cost does not grow with the run's record
     * (a lookup by key would: H2 uses an index for an {@code IN} list only on its first column,
     * and reads the whole run instead). Keys are compared here, exactly, so that a collation taking
     * different keys for equal never costs another user a row.
     */
    private void deletePending(long runId, Set<String> keys) {
        deleteByIds(RunUserEntity.class, pendingIds(RunUserEntity.class, RunUserEntity::getUserKey, runId, keys));
        deleteByIds(RunOutcomeEntity.class,
                pendingIds(RunOutcomeEntity.class, RunOutcomeEntity::getUserKey, runId, keys));
    }

    private <T extends LongIdEntity> List<Long> pendingIds(
            Class<T> type, Function<T, String> userKey, long runId, Set<String> keys) {
        // Both tables name these columns alike.
        Query query = Query.select(LongIdEntity.ID + ", " + RunUserEntity.USER_KEY)
                .where(RunUserEntity.RUN_ID + " = ? AND " + RunUserEntity.PENDING + " = ?", runId, true);
        List<Long> ids = new ArrayList<>();
        ao.stream(type, query, row -> {
            if (keys.contains(userKey.apply(row))) {
                ids.add(row.getID());
            }
        });
        return ids;
    }

    private void deleteByIds(Class<? extends LongIdEntity> type, List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            ao.deleteWithSQL(type, LongIdEntity.ID + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static <V> List<List<V>> chunks(List<V> values) {
        if (values.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<V>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += KEYS_PER_QUERY) {
            chunks.add(values.subList(from, Math.min(values.size(), from + KEYS_PER_QUERY)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
