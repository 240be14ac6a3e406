package io.usercleanup.core.service;

/** How a run tells that it is alive, and learns whether it may go on. */
@FunctionalInterface
public interface RunHeartbeat {

    /** For runs that no other run can overlap, such as a single test run. */
    RunHeartbeat NONE = () -> true;

    /**
     * Says that the run is alive. Cheap enough to call for every user: it writes at most once per
     * heartbeat interval.
     *
     * @return {@code false} when the run no longer holds its cleanup's lease and must stop changing
     *         anything, because recovery has given the cleanup to others after missed heartbeats
     * @throws RunStoppedException when the app is stopping on the run's node: the run ends with that
     *                             reason before its next change
     */
    boolean beat();
}
