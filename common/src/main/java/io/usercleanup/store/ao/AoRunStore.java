package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunWithFiles;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.core.store.RunStore;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link RunStore} on Active Objects. The run itself is one {@link RunEntity} row; affected users
 * and their outcomes are written and read by {@link RunUserWriter}, {@link RunUserReader} and
 * {@link IdpExportReader}.
 */
public final class AoRunStore implements RunStore {

    private static final int NOT_IN_LIST = 500;

    private final ActiveObjects ao;
    private final RunUserWriter writer;
    private final RunUserReader reader;
    private final IdpExportReader exports;

    public AoRunStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.writer = new RunUserWriter(ao);
        this.reader = new RunUserReader(ao);
        this.exports = new IdpExportReader(ao);
    }

    @Override
    public RunRecord start(NewRun run) {
        return ao.executeInTransaction(() -> RunRows.toRecord(ao.create(RunEntity.class, RunRows.values(run))));
    }

    @Override
    public void savePlanned(long runId, List<UserOutcome> users) {
        writer.save(runId, users, true);
    }

    @Override
    public void saveOutcomes(long runId, List<UserOutcome> users) {
        writer.save(runId, users, false);
    }

    @Override
    public void appendOutcomes(long runId, List<UserOutcome> users) {
        writer.append(runId, users);
    }

    @Override
    public int failPending(long runId, String reason) {
        return writer.failPending(runId, reason);
    }

    @Override
    public void updateCounts(long runId, RunCounts counts) {
        Objects.requireNonNull(counts, "counts");
        ao.executeInTransaction(() -> {
            RunEntity row = require(runId);
            RunRows.setCounts(row, counts);
            row.save();
            return null;
        });
    }

    @Override
    public RunRecord finish(long runId, RunStatus status, RunCounts counts, Instant finishedAt, String message) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(finishedAt, "finishedAt");
        return ao.executeInTransaction(() -> {
            RunEntity row = require(runId);
            row.setStatus(Values.code(status));
            RunRows.setCounts(row, counts);
            row.setFinishedAt(Values.millis(finishedAt));
            row.setMessage(message);
            row.setIdpFiles(IdpFileCounts.encode(countFiles(row)));
            row.save();
            return RunRows.toRecord(row);
        });
    }

    @Override
    public Optional<RunRecord> finishIfRunning(long runId, RunStatus status, RunCounts counts, Instant finishedAt,
                                               String message) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(finishedAt, "finishedAt");
        return ao.executeInTransaction(() -> {
            RunEntity row = require(runId);
            if (!Values.code(RunStatus.RUNNING).equals(row.getStatus())) {
                return Optional.empty();
            }
            row.setStatus(Values.code(status));
            RunRows.setCounts(row, counts);
            row.setFinishedAt(Values.millis(finishedAt));
            row.setMessage(message);
            row.setIdpFiles(IdpFileCounts.encode(countFiles(row)));
            row.save();
            return Optional.of(RunRows.toRecord(row));
        });
    }

    @Override
    public Optional<RunRecord> find(long runId) {
        return runs(Query.select().where(RunEntity.ID + " = ?", runId)).stream().findFirst();
    }

    @Override
    public List<RunRecord> findByCleanup(long cleanupId) {
        return runs(Query.select()
                .where(RunEntity.CLEANUP_ID + " = ?", cleanupId)
                .order(RunEntity.STARTED_AT + " DESC, " + RunEntity.ID + " DESC"));
    }

    /** The ids are named in {@code NOT IN} lists of at most 500 (Oracle takes up to 1,000 in one). */
    @Override
    public List<RunRecord> findByCleanupNotIn(Set<Long> cleanupIds) {
        List<Long> ids = cleanupIds.stream().sorted().toList();
        List<String> clauses = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += NOT_IN_LIST) {
            int size = Math.min(NOT_IN_LIST, ids.size() - from);
            clauses.add(RunEntity.CLEANUP_ID + " NOT IN (" + String.join(",", Collections.nCopies(size, "?")) + ")");
        }
        Query query = Query.select().order(RunEntity.STARTED_AT + " DESC, " + RunEntity.ID + " DESC");
        return runs(clauses.isEmpty() ? query : query.where(String.join(" AND ", clauses), ids.toArray()));
    }

    @Override
    public List<RunRecord> findByStatus(RunStatus status) {
        return runs(Query.select()
                .where(RunEntity.STATUS + " = ?", Values.code(status))
                .order(RunEntity.STARTED_AT + " ASC, " + RunEntity.ID + " ASC"));
    }

    @Override
    public List<Long> findFinishedBefore(Instant cutoff, int limit) {
        return Arrays.stream(ao.find(RunEntity.class, Query.select(RunEntity.ID + ", " + RunEntity.FINISHED_AT)
                        .where(RunEntity.FINISHED_AT + " < ? AND " + RunEntity.STATUS + " <> ?",
                                Values.millis(cutoff), Values.code(RunStatus.RUNNING))
                        .order(RunEntity.FINISHED_AT + " ASC, " + RunEntity.ID + " ASC")
                        .limit(limit)))
                .map(RunEntity::getID).toList();
    }

    @Override
    public void delete(long runId) {
        writer.deleteRun(runId);
        ao.executeInTransaction(() -> ao.deleteWithSQL(RunEntity.class, RunEntity.ID + " = ?", runId));
    }

    @Override
    public Page<UserOutcome> users(long runId, long start, int limit) {
        return reader.page(runId, start, limit);
    }

    @Override
    public Page<UserOutcome> users(long runId, UserQuery query, long start, int limit) {
        return reader.page(runId, query, start, limit);
    }

    /** One distinct read of the group columns, however many outcomes the run recorded. */
    @Override
    public List<String> outcomeGroups(long runId) {
        Map<String, String> byKey = new TreeMap<>();
        for (RunOutcomeEntity row : ao.find(RunOutcomeEntity.class, Query.select(RunOutcomeEntity.GROUP_KEY + ", "
                + RunOutcomeEntity.GROUP_NAME).distinct().where(RunOutcomeEntity.RUN_ID + " = ?", runId))) {
            byKey.merge(row.getGroupKey(), row.getGroupName(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return List.copyOf(byKey.values());
    }

    @Override
    public void forEachUser(long runId, Consumer<UserOutcome> sink) {
        reader.forEach(runId, sink);
    }

    @Override
    public List<RunWithFiles> findByCleanupWithFiles(long cleanupId) {
        return Arrays.stream(ao.find(RunEntity.class, Query.select()
                        .where(RunEntity.CLEANUP_ID + " = ?", cleanupId)
                        .order(RunEntity.STARTED_AT + " DESC, " + RunEntity.ID + " DESC")))
                .map(row -> new RunWithFiles(RunRows.toRecord(row), files(row)))
                .toList();
    }

    /**
     * The stored files of a finished run; none while it runs. A run that ended before the files
     * were stored with it is counted now, once, and the counts are stored.
     */
    @Override
    public List<IdpExportSummary> idpExports(long runId) {
        RunEntity[] found = ao.find(RunEntity.class, Query.select().where(RunEntity.ID + " = ?", runId));
        return found.length == 0 ? List.of() : files(found[0]);
    }

    private List<IdpExportSummary> files(RunEntity row) {
        if (Values.code(RunStatus.RUNNING).equals(row.getStatus())) {
            return List.of();
        }
        if (row.getIdpFiles() == null) {
            List<IdpExportSummary> counted = countFiles(row);
            ao.executeInTransaction(() -> {
                // Only while still uncounted: two readers of an old run store the same counts once.
                RunEntity[] current = ao.find(RunEntity.class, Query.select(RunEntity.ID + ", " + RunEntity.IDP_FILES)
                        .where(RunEntity.ID + " = ? AND " + RunEntity.IDP_FILES + " IS NULL", row.getID()));
                for (RunEntity uncounted : current) {
                    uncounted.setIdpFiles(IdpFileCounts.encode(counted));
                    uncounted.save();
                }
                return null;
            });
            return counted;
        }
        return row.getIdpId() == null ? List.of() : IdpFileCounts.decode(row.getIdpFiles(), row.getIdpId());
    }

    /** Counts the run's files from its outcome rows: done when it ends, never when it is listed. */
    private List<IdpExportSummary> countFiles(RunEntity row) {
        return row.getIdpId() == null ? List.of() : exports.summaries(row.getID(), row.getIdpId());
    }

    @Override
    public void forEachExportedIdentifier(long runId, String group, Consumer<String> sink) {
        exports.forEachIdentifier(runId, group, sink);
    }

    private List<RunRecord> runs(Query query) {
        return Arrays.stream(ao.find(RunEntity.class, query)).map(RunRows::toRecord).toList();
    }

    private RunEntity require(long runId) {
        RunEntity[] found = ao.find(RunEntity.class, Query.select().where(RunEntity.ID + " = ?", runId));
        if (found.length == 0) {
            throw new IllegalArgumentException("No run with id " + runId);
        }
        return found[0];
    }
}
