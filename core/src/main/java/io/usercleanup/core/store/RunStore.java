package io.usercleanup.core.store;

import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunWithFiles;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the record of runs: the run itself and, per affected user, each group's outcome. Each
 * batch method writes its rows in one transaction.
 */
public interface RunStore {

    /** Records a run that starts now, with status {@code RUNNING}. */
    RunRecord start(NewRun run);

    /**
     * Records what a run is about to do to these users, before it does it. The rows stay marked
     * pending until {@link #saveOutcomes} replaces them, or {@link #failPending} gives up on them.
     */
    void savePlanned(long runId, List<UserOutcome> users);

    /**
     * Records the final outcomes of these users: it replaces their pending rows if
     * {@link #savePlanned} wrote any, and adds them otherwise.
     */
    void saveOutcomes(long runId, List<UserOutcome> users);

    /**
     * Records the outcomes of users for whom the run has recorded nothing yet, as a dry run does,
     * once per user: the same rows as {@link #saveOutcomes}, without first looking for rows to
     * replace, a lookup in the run's growing record that a run of a million users would otherwise
     * make hundreds of times.
     */
    default void appendOutcomes(long runId, List<UserOutcome> users) {
        saveOutcomes(runId, users);
    }

    /**
     * Turns every pending outcome of the run into {@code FAILED} with the reason, because nobody
     * can now tell whether it was carried out. Returns how many outcomes it changed.
     */
    int failPending(long runId, String reason);

    /** Stores the run's numbers so far. */
    void updateCounts(long runId, RunCounts counts);

    /** Ends the run and returns its final record. */
    RunRecord finish(long runId, RunStatus status, RunCounts counts, Instant finishedAt, String message);

    /**
     * Ends the run like {@link #finish}, but only while it is still {@code RUNNING}, checked and
     * written in one transaction, so that a run already ended (by its own node, or by recovery) is
     * never overwritten.
     *
     * @return the final record when this call ended the run, empty when it had ended already
     */
    Optional<RunRecord> finishIfRunning(long runId, RunStatus status, RunCounts counts, Instant finishedAt,
                                        String message);

    Optional<RunRecord> find(long runId);

    /** The runs of a cleanup, newest first. */
    List<RunRecord> findByCleanup(long cleanupId);

    /**
     * The runs of every cleanup but these, newest first: the history of deleted cleanups, read
     * without the runs of the cleanups that still exist.
     */
    List<RunRecord> findByCleanupNotIn(Set<Long> cleanupIds);

    /** The runs with this status, oldest first. */
    List<RunRecord> findByStatus(RunStatus status);

    /** Ids of up to {@code limit} runs that ended (any status but {@code RUNNING}) before the instant, oldest first. */
    List<Long> findFinishedBefore(Instant cutoff, int limit);

    /**
     * Deletes the run with its users and outcomes, the rows in batches of their own transactions
     * and the run itself last, so that an interrupted delete is finished by the next one.
     */
    void delete(long runId);

    /** A page of the run's affected users, ordered by username. */
    Page<UserOutcome> users(long runId, long start, int limit);

    /**
     * A page of the run's affected users that the query lists, in its order; {@code total}
     * counts every user it lists. With {@link UserQuery#ALL} it is {@link #users(long, long, int)}.
     */
    Page<UserOutcome> users(long runId, UserQuery query, long start, int limit);

    /**
     * The target groups the run recorded outcomes in, each once (of spellings that differ only in
     * case, the first in character order), ordered by their lower-cased names: what Show users
     * filters by.
     */
    List<String> outcomeGroups(long runId);

    /** Streams every affected user of the run in username order, without loading them all at once. */
    void forEachUser(long runId, Consumer<UserOutcome> sink);

    /**
     * One entry per group with exported users, ordered by group name; rows are distinct identifiers.
     * Counted when the run ends and stored with it, so reading them costs the same however large
     * the run; empty while the run is running (its files are not complete) or when there is no run.
     */
    List<IdpExportSummary> idpExports(long runId);

    /**
     * The runs of a cleanup, newest first, each with its {@link #idpExports}: one read of the runs
     * however many there are and however many rows they recorded.
     */
    default List<RunWithFiles> findByCleanupWithFiles(long cleanupId) {
        return findByCleanup(cleanupId).stream().map(run -> new RunWithFiles(run, idpExports(run.id()))).toList();
    }

    /** Streams the identifiers exported for the group (case-insensitive group name), in no particular order. */
    void forEachExportedIdentifier(long runId, String group, Consumer<String> sink);
}
