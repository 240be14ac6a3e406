package io.usercleanup.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A cleanup's run lease as stored: which node holds the cleanup for a run, under which token,
 * for which run, and when it last said it was alive. At most one exists per cleanup, cluster-wide.
 *
 * @param cleanupId   the cleanup held
 * @param ownerNode   the node that took it, for administrators and logs
 * @param token       unique to one taking of the lease: only its holder may renew, bind or release it
 * @param runId       the run holding it, or {@code null} between taking the lease and recording the run
 * @param acquiredAt  when it was taken
 * @param heartbeatAt when its holder last renewed it
 */
public record RunLeaseRecord(long cleanupId, String ownerNode, String token, Long runId, Instant acquiredAt,
                             Instant heartbeatAt) {

    public RunLeaseRecord {
        Objects.requireNonNull(ownerNode, "ownerNode");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(heartbeatAt, "heartbeatAt");
    }

    /** Whether its holder stopped renewing it before the cutoff. */
    public boolean staleAt(Instant cutoff) {
        return heartbeatAt.isBefore(cutoff);
    }
}
