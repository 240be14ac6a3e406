package io.usercleanup.core.model;

/** The state of a run. */
public enum RunStatus {
    /** Still going (or its node died and nobody has noticed yet). */
    RUNNING,
    /** Finished with no failed outcome. */
    SUCCEEDED,
    /** Finished, and some outcomes are {@link OutcomeType#FAILED}. */
    PARTIAL,
    /** Stopped by an error before it could finish. */
    FAILED,
    /** Its node stopped while it ran; what was recorded stays. */
    ABANDONED;

    /** Whether the run has ended. */
    public boolean isFinal() {
        return this != RUNNING;
    }
}
