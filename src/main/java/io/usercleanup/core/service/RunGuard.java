package io.usercleanup.core.service;

/** Makes sure that one cleanup never has two runs at once. */
public interface RunGuard {

    /** Takes the cleanup for a run; {@code false} when a run of it is already going on. */
    boolean tryAcquire(long cleanupId);

    /** Gives the cleanup back after its run ended. */
    void release(long cleanupId);
}
