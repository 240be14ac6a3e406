package io.usercleanup.core.service;

/**
 * The app is stopping on the run's node (disabled, updated, uninstalled, or the application shutting
 * down): the run stops before its next change, so that nothing of it is left going on once the app
 * has stopped.
 */
public class RunStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunStoppedException(String nodeId) {
        super("User Cleanup was stopped on node " + nodeId + " (disabled, updated or the application shut down)"
                + " while this run was going on; the run stopped before its next change.");
    }
}
