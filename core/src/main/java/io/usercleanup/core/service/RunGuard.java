package io.usercleanup.core.service;

import java.util.Optional;

/**
 * Makes sure that one cleanup never has two runs at once, on one node or across the cluster: a run
 * starts only with its cleanup's lease, and gives it back when it ends.
 */
public interface RunGuard {

    /** Takes the cleanup's lease for a new run; empty when a run holds it already. */
    Optional<RunLease> tryAcquire(long cleanupId);
}
