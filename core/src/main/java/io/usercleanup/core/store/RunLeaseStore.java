package io.usercleanup.core.store;

import io.usercleanup.core.model.RunLeaseRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps run leases in the database the whole cluster shares. Every write is atomic against the
 * other nodes: a lease is taken by an insert the database refuses when the cleanup has one
 * already, and renewed, bound, released or broken only while it is exactly what the caller holds
 * or saw.
 */
public interface RunLeaseStore {

    /**
     * Stores the lease unless the cleanup has one already.
     *
     * @return {@code true} when this call took the lease, {@code false} when another one exists
     */
    boolean insert(RunLeaseRecord lease);

    /** The cleanup's lease, if it has one. */
    Optional<RunLeaseRecord> find(long cleanupId);

    /** Every lease. */
    List<RunLeaseRecord> findAll();

    /** Records the run holding the lease; {@code false} when the token no longer holds it. */
    boolean bind(long cleanupId, String token, long runId);

    /** Moves the lease's heartbeat to the instant; {@code false} when the token no longer holds it. */
    boolean renew(long cleanupId, String token, Instant heartbeatAt);

    /** Deletes the lease if the token holds it; {@code false} when it did not. */
    boolean release(long cleanupId, String token);

    /**
     * Deletes the lease if the token still holds it and its heartbeat is still before the cutoff, so
     * that a holder renewing at the same moment keeps it.
     *
     * @return {@code true} when this call deleted it
     */
    boolean breakStale(long cleanupId, String token, Instant cutoff);

    /** The leases taken under the node's name, ordered by cleanup. */
    List<RunLeaseRecord> findHeldBy(String ownerNode);

    /**
     * Deletes the lease if the node still holds it under the token, however fresh its heartbeat:
     * for a node that knows the run holding it cannot be alive. A lease taken meanwhile by another
     * node, or by another taking on this one, has another token and stays.
     *
     * @return {@code true} when this call deleted it
     */
    boolean breakHeldBy(long cleanupId, String token, String ownerNode);
}
