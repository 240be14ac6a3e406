package io.usercleanup.core.service;

/** A run lost its cleanup's lease after missed heartbeats, and stopped so as not to overlap another run. */
public class LeaseLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LeaseLostException(long cleanupId) {
        super("This run lost the lease of cleanup " + cleanupId + " after missed heartbeats and stopped, so that"
                + " it cannot overlap another run.");
    }
}
