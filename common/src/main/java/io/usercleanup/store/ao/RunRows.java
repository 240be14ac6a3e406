package io.usercleanup.store.ao;

import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunTrigger;

import java.util.HashMap;
import java.util.Map;

/** Maps runs to and from {@link RunEntity} rows. */
final class RunRows {

    private RunRows() {
    }

    static Map<String, Object> values(NewRun run) {
        Map<String, Object> values = new HashMap<>();
        values.put(RunEntity.CLEANUP_ID, run.cleanupId());
        values.put(RunEntity.CLEANUP_NAME, Values.name(run.cleanupName(), "cleanupName"));
        values.put(RunEntity.TRIGGER_TYPE, Values.code(run.trigger()));
        values.put(RunEntity.TRIGGERED_BY, Values.optionalName(run.triggeredBy(), "triggeredBy"));
        values.put(RunEntity.DRY_RUN, run.dryRun());
        values.put(RunEntity.STATUS, Values.code(RunStatus.RUNNING));
        values.put(RunEntity.STARTED_AT, Values.millis(run.startedAt()));
        values.put(RunEntity.IDP_ID, run.idpId());
        values.put(RunEntity.CSV_TEMPLATE, Values.code(run.csvTemplate()));
        RunCounts zero = RunCounts.ZERO;
        values.put(RunEntity.COUNT_EVALUATED, zero.evaluated());
        values.put(RunEntity.COUNT_INACTIVE, zero.inactive());
        values.put(RunEntity.COUNT_EXCLUDED, zero.excluded());
        values.put(RunEntity.COUNT_SKIPPED, zero.skipped());
        values.put(RunEntity.COUNT_REMOVED, zero.removed());
        values.put(RunEntity.COUNT_DEACTIVATED, zero.deactivated());
        values.put(RunEntity.COUNT_EXPORTED, zero.exported());
        values.put(RunEntity.COUNT_NO_IDENTIFIER, zero.noIdentifier());
        values.put(RunEntity.COUNT_FAILED, zero.failed());
        values.put(RunEntity.COUNT_REPORTED, zero.reported());
        return values;
    }

    /** Sets the counts on the row; the caller saves it. */
    static void setCounts(RunEntity row, RunCounts counts) {
        row.setCountEvaluated(counts.evaluated());
        row.setCountInactive(counts.inactive());
        row.setCountExcluded(counts.excluded());
        row.setCountSkipped(counts.skipped());
        row.setCountRemoved(counts.removed());
        row.setCountDeactivated(counts.deactivated());
        row.setCountExported(counts.exported());
        row.setCountNoIdentifier(counts.noIdentifier());
        row.setCountFailed(counts.failed());
        row.setCountReported(counts.reported());
    }

    static RunRecord toRecord(RunEntity row) {
        RunCounts counts = new RunCounts(
                row.getCountEvaluated(),
                row.getCountInactive(),
                row.getCountExcluded(),
                row.getCountSkipped(),
                row.getCountRemoved(),
                row.getCountDeactivated(),
                row.getCountExported(),
                row.getCountNoIdentifier(),
                row.getCountFailed(),
                row.getCountReported());
        return new RunRecord(
                row.getID(),
                row.getCleanupId(),
                row.getCleanupName(),
                Values.enumValue(RunTrigger.class, row.getTriggerType()),
                row.getTriggeredBy(),
                row.isDryRun(),
                Values.enumValue(RunStatus.class, row.getStatus()),
                Values.instant(row.getStartedAt()),
                Values.instant(row.getFinishedAt()),
                counts,
                row.getIdpId(),
                Values.enumValue(CsvTemplate.class, row.getCsvTemplate()),
                row.getMessage());
    }
}
