package io.usercleanup.core.service;

import io.usercleanup.core.model.CleanupDefinition;

/** Hears of every saved and deleted cleanup, so the scheduler's jobs stay in step with them. */
public interface CleanupScheduleListener {

    /** The cleanup was created or changed. */
    void cleanupSaved(CleanupDefinition cleanup);

    /** The cleanup was deleted. */
    void cleanupDeleted(long cleanupId);
}
