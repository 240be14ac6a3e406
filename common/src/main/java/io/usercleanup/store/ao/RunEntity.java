package io.usercleanup.store.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One run of a cleanup. Instants are epoch milliseconds in {@code BIGINT} columns: they round-trip
 * exactly on every database, where date columns differ in precision and time zone handling.
 */
@Table(RunEntity.TABLE)
public interface RunEntity extends LongIdEntity {

    String TABLE = "RUN";
    String CLEANUP_ID = "CLEANUP_ID";
    String CLEANUP_NAME = "CLEANUP_NAME";
    String TRIGGER_TYPE = "TRIGGER_TYPE";
    String TRIGGERED_BY = "TRIGGERED_BY";
    String DRY_RUN = "DRY_RUN";
    String STATUS = "STATUS";
    String STARTED_AT = "STARTED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String COUNT_EVALUATED = "COUNT_EVALUATED";
    String COUNT_INACTIVE = "COUNT_INACTIVE";
    String COUNT_EXCLUDED = "COUNT_EXCLUDED";
    String COUNT_SKIPPED = "COUNT_SKIPPED";
    String COUNT_REMOVED = "COUNT_REMOVED";
    String COUNT_DEACTIVATED = "COUNT_DEACTIVATED";
    String COUNT_EXPORTED = "COUNT_EXPORTED";
    String COUNT_NO_IDENTIFIER = "COUNT_NO_IDENTIFIER";
    String COUNT_FAILED = "COUNT_FAILED";
    String COUNT_REPORTED = "COUNT_REPORTED";
    String IDP_ID = "IDP_ID";
    String CSV_TEMPLATE = "CSV_TEMPLATE";
    String MESSAGE = "MESSAGE";
    String IDP_FILES = "IDP_FILES";

    /** The cleanup that ran; kept after the cleanup is deleted. */
    @NotNull
    @Indexed
    long getCleanupId();

    /** The cleanup's name at the time of the run. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getCleanupName();

    /** {@link io.usercleanup.core.model.RunTrigger} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getTriggerType();

    /** Username who started the run, or {@code null} for the scheduler. */
    @StringLength(Values.NAME_LENGTH)
    String getTriggeredBy();

    /** Whether nothing was to be changed. */
    @NotNull
    boolean isDryRun();

    /** {@link io.usercleanup.core.model.RunStatus} constant name. */
    @NotNull
    @Indexed
    @StringLength(Values.CODE_LENGTH)
    String getStatus();

    void setStatus(String status);

    /** Start, in epoch milliseconds. */
    @NotNull
    long getStartedAt();

    /** End, in epoch milliseconds, or {@code null} while running. */
    Long getFinishedAt();

    void setFinishedAt(Long finishedAt);

    /** Distinct active users who are direct members of a target group. */
    @NotNull
    long getCountEvaluated();

    void setCountEvaluated(long count);

    /** Of those, inactive and not excluded. */
    @NotNull
    long getCountInactive();

    void setCountInactive(long count);

    /** Inactive but excluded. */
    @NotNull
    long getCountExcluded();

    void setCountExcluded(long count);

    /** Never logged in with unknown creation date. */
    @NotNull
    long getCountSkipped();

    void setCountSkipped(long count);

    /** Memberships removed, or that would be. */
    @NotNull
    long getCountRemoved();

    void setCountRemoved(long count);

    /** Users deactivated, or that would be. */
    @NotNull
    long getCountDeactivated();

    void setCountDeactivated(long count);

    /** Rows written to identity provider files. */
    @NotNull
    long getCountExported();

    void setCountExported(long count);

    /** Synced memberships left out of the files for want of an identifier. */
    @NotNull
    long getCountNoIdentifier();

    void setCountNoIdentifier(long count);

    /** Outcomes that failed. */
    @NotNull
    long getCountFailed();

    void setCountFailed(long count);

    /** Report-only outcomes. */
    @NotNull
    long getCountReported();

    void setCountReported(long count);

    /** The identity provider exported for, or {@code null}. */
    Long getIdpId();

    /** {@link io.usercleanup.core.model.CsvTemplate} constant name at the time, or {@code null}. */
    @StringLength(Values.CODE_LENGTH)
    String getCsvTemplate();

    /** Why the run failed or was abandoned, or {@code null}; never truncated. */
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    /**
     * The run's identity provider files with their row counts, encoded by {@link IdpFileCounts},
     * written when the run ends; {@code null} while it runs, and for a run that ended before the
     * column existed until it is first read (then counted once and stored).
     */
    @StringLength(StringLength.UNLIMITED)
    String getIdpFiles();

    void setIdpFiles(String idpFiles);
}
