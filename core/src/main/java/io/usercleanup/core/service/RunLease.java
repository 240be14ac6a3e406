package io.usercleanup.core.service;

/** A run's hold on its cleanup, taken from {@link RunGuard}; released exactly once when the run ends. */
public interface RunLease extends RunHeartbeat {

    /** The cleanup held. */
    long cleanupId();

    /**
     * Names the run holding the lease, once the run is recorded, so that recovery knows which run to
     * mark abandoned if this node stops.
     *
     * @throws LeaseLostException when the lease was taken from this run meanwhile
     */
    void bind(long runId);

    /** Gives the cleanup back; a failure to do so is left to recovery, which breaks the lease once it is stale. */
    void release();
}
