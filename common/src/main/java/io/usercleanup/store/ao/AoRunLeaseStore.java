package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.store.RunLeaseStore;
import net.java.ao.Query;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link RunLeaseStore} on Active Objects. Taking a lease is an insert that the unique cleanup id
 * makes fail while another lease exists. Renewing and binding update the holder's row and then
 * check in the same transaction that the row is still the holder's: a concurrent break deletes the
 * row first (and the update finds nothing) or waits for the update's row lock (and then sees a
 * fresh heartbeat and deletes nothing). Releasing and breaking (a stale lease, or one of a node's
 * own after its restart) are single conditional deletes.
 */
public final class AoRunLeaseStore implements RunLeaseStore {

    private final ActiveObjects ao;

    public AoRunLeaseStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean insert(RunLeaseRecord lease) {
        Map<String, Object> values = new HashMap<>();
        values.put(RunLeaseEntity.CLEANUP_ID, lease.cleanupId());
        values.put(RunLeaseEntity.OWNER_NODE, storedNode(lease.ownerNode()));
        values.put(RunLeaseEntity.TOKEN, lease.token());
        values.put(RunLeaseEntity.RUN_ID, lease.runId());
        values.put(RunLeaseEntity.ACQUIRED_AT, Values.millis(lease.acquiredAt()));
        values.put(RunLeaseEntity.HEARTBEAT_AT, Values.millis(lease.heartbeatAt()));
        try {
            ao.executeInTransaction(() -> ao.create(RunLeaseEntity.class, values));
            return true;
        } catch (RuntimeException e) {
            // The unique cleanup id refused the row (SQLSTATE class 23 on every database, even when
            // the other lease is not committed yet), or the database failed.
            if (isConstraintViolation(e) || find(lease.cleanupId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<RunLeaseRecord> find(long cleanupId) {
        return rows(RunLeaseEntity.CLEANUP_ID + " = ?", cleanupId).stream().findFirst().map(AoRunLeaseStore::toRecord);
    }

    @Override
    public List<RunLeaseRecord> findAll() {
        return Arrays.stream(ao.find(RunLeaseEntity.class, Query.select().order(RunLeaseEntity.CLEANUP_ID)))
                .map(AoRunLeaseStore::toRecord).toList();
    }

    @Override
    public boolean bind(long cleanupId, String token, long runId) {
        return updateHeld(cleanupId, token, row -> row.setRunId(runId));
    }

    @Override
    public boolean renew(long cleanupId, String token, Instant heartbeatAt) {
        long millis = heartbeatAt.toEpochMilli();
        return updateHeld(cleanupId, token, row -> row.setHeartbeatAt(millis));
    }

    @Override
    public boolean release(long cleanupId, String token) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(RunLeaseEntity.class,
                RunLeaseEntity.CLEANUP_ID + " = ? AND " + RunLeaseEntity.TOKEN + " = ?", cleanupId, token) > 0);
    }

    @Override
    public boolean breakStale(long cleanupId, String token, Instant cutoff) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(RunLeaseEntity.class,
                RunLeaseEntity.CLEANUP_ID + " = ? AND " + RunLeaseEntity.TOKEN + " = ? AND "
                        + RunLeaseEntity.HEARTBEAT_AT + " < ?", cleanupId, token, cutoff.toEpochMilli()) > 0);
    }

    @Override
    public List<RunLeaseRecord> findHeldBy(String ownerNode) {
        return Arrays.stream(ao.find(RunLeaseEntity.class, Query.select()
                        .where(RunLeaseEntity.OWNER_NODE + " = ?", storedNode(ownerNode))
                        .order(RunLeaseEntity.CLEANUP_ID)))
                .map(AoRunLeaseStore::toRecord).toList();
    }

    @Override
    public boolean breakHeldBy(long cleanupId, String token, String ownerNode) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(RunLeaseEntity.class,
                RunLeaseEntity.CLEANUP_ID + " = ? AND " + RunLeaseEntity.TOKEN + " = ? AND "
                        + RunLeaseEntity.OWNER_NODE + " = ?", cleanupId, token, storedNode(ownerNode)) > 0);
    }

    /** The node's name as {@link #insert} stores it, so that a name longer than the column still matches. */
    private static String storedNode(String ownerNode) {
        return Values.capped(Objects.requireNonNull(ownerNode, "ownerNode"), Values.NAME_LENGTH);
    }

    private boolean updateHeld(long cleanupId, String token, Consumer<RunLeaseEntity> change) {
        return ao.executeInTransaction(() -> {
            List<RunLeaseEntity> held = rows(RunLeaseEntity.CLEANUP_ID + " = ? AND " + RunLeaseEntity.TOKEN + " = ?",
                    cleanupId, token);
            if (held.isEmpty()) {
                return false;
            }
            RunLeaseEntity row = held.get(0);
            change.accept(row);
            row.save();
            return !rows(RunLeaseEntity.ID + " = ? AND " + RunLeaseEntity.TOKEN + " = ?", row.getID(), token).isEmpty();
        });
    }

    private List<RunLeaseEntity> rows(String criteria, Object... parameters) {
        return Arrays.asList(ao.find(RunLeaseEntity.class, Query.select().where(criteria, parameters)));
    }

    private static RunLeaseRecord toRecord(RunLeaseEntity row) {
        return new RunLeaseRecord(row.getCleanupId(), row.getOwnerNode(), row.getToken(), row.getRunId(),
                Values.instant(row.getAcquiredAt()), Values.instant(row.getHeartbeatAt()));
    }
}
