package io.usercleanup.store.ao;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A cleanup's run lease: the row whose existence says "a run of this cleanup is going on". The
 * unique cleanup id makes taking it atomic across the cluster: the database refuses a second row.
 * Instants are epoch milliseconds, as in {@link RunEntity}.
 */
@Table(RunLeaseEntity.TABLE)
public interface RunLeaseEntity extends LongIdEntity {

    String TABLE = "RUN_LEASE";
    String CLEANUP_ID = "CLEANUP_ID";
    String OWNER_NODE = "OWNER_NODE";
    String TOKEN = "TOKEN";
    String RUN_ID = "RUN_ID";
    String ACQUIRED_AT = "ACQUIRED_AT";
    String HEARTBEAT_AT = "HEARTBEAT_AT";

    /** The cleanup held; one lease per cleanup, enforced by the database. */
    @NotNull
    @Unique
    long getCleanupId();

    /** The node that took the lease. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getOwnerNode();

    /** Unique to one taking of the lease; only its holder renews, binds or releases it. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getToken();

    /** The run holding the lease, or {@code null} until the run is recorded. */
    Long getRunId();

    void setRunId(Long runId);

    /** When the lease was taken, in epoch milliseconds. */
    @NotNull
    long getAcquiredAt();

    /** When the holder last renewed the lease, in epoch milliseconds. */
    @NotNull
    long getHeartbeatAt();

    void setHeartbeatAt(long heartbeatAt);
}
