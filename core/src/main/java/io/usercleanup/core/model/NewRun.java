package io.usercleanup.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known of a run when it starts.
 *
 * @param cleanupId   the cleanup
 * @param cleanupName its name at the time
 * @param trigger     manual or scheduled
 * @param triggeredBy the username who started it, or {@code null} for the scheduler
 * @param dryRun      whether nothing is to be changed
 * @param startedAt   the start instant
 * @param idpId       the identity provider exported for, or {@code null}
 * @param csvTemplate that provider's file layout, or {@code null}
 */
public record NewRun(
        long cleanupId,
        String cleanupName,
        RunTrigger trigger,
        String triggeredBy,
        boolean dryRun,
        Instant startedAt,
        Long idpId,
        CsvTemplate csvTemplate) {

    public NewRun {
        Objects.requireNonNull(cleanupName, "cleanupName");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
