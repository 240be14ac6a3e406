package io.usercleanup.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of one run of a cleanup. It keeps what the report and the identity provider
 * files are rendered from, so they stay the same whatever happens to the cleanup, the identity
 * provider configuration or the directory later.
 *
 * @param id          store id
 * @param cleanupId   the cleanup that ran
 * @param cleanupName its name at the time
 * @param trigger     manual or scheduled
 * @param triggeredBy the username who started it, or {@code null} for the scheduler
 * @param dryRun      whether nothing was changed
 * @param status      where it stands
 * @param startedAt   when it started
 * @param finishedAt  when it ended, or {@code null} while running
 * @param counts      its numbers so far
 * @param idpId       the identity provider it exported for, or {@code null}
 * @param csvTemplate that provider's file layout at the time, or {@code null}
 * @param message     why it failed or was abandoned, or {@code null}
 */
public record RunRecord(
        long id,
        long cleanupId,
        String cleanupName,
        RunTrigger trigger,
        String triggeredBy,
        boolean dryRun,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        RunCounts counts,
        Long idpId,
        CsvTemplate csvTemplate,
        String message) {

    public RunRecord {
        Objects.requireNonNull(cleanupName, "cleanupName");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        counts = counts == null ? RunCounts.ZERO : counts;
    }
}
