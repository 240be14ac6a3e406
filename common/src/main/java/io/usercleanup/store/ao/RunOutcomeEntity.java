package io.usercleanup.store.ao;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The outcome of one (user, target group) pair of a run. The {@code outcome_pending} index finds
 * a run's pending outcomes (the batch in flight) without reading the rest of its record.
 */
@Table(RunOutcomeEntity.TABLE)
@Indexes({
        @Index(name = "outcome_user", methodNames = {"getRunId", "getUserKey"}),
        @Index(name = "outcome_pending", methodNames = {"getRunId", "isPending"}),
        @Index(name = "outcome_export", methodNames = {"getRunId", "getGroupKey", "getIdentifierKey"})
})
public interface RunOutcomeEntity extends LongIdEntity {

    String TABLE = "RUN_OUTCOME";
    String RUN_ID = "RUN_ID";
    String USER_KEY = "USER_KEY";
    String GROUP_NAME = "GROUP_NAME";
    String GROUP_KEY = "GROUP_KEY";
    String OUTCOME = "OUTCOME";
    String REASON = "REASON";
    String IDENTIFIER = "IDENTIFIER";
    String IDENTIFIER_KEY = "IDENTIFIER_KEY";
    String PENDING = "PENDING";

    /** The run. */
    @NotNull
    long getRunId();

    /** The user's lower-cased username, as in {@link RunUserEntity#getUserKey()}. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getUserKey();

    /** Group name as the directory spells it. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getGroupName();

    /** The group name lower-cased, for case-insensitive matching. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getGroupKey();

    /** {@link io.usercleanup.core.model.OutcomeType} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getOutcome();

    void setOutcome(String outcome);

    /** Why, for failures and missing identifiers, capped at {@value Values#REASON_LENGTH} characters with an ellipsis. */
    @StringLength(Values.REASON_LENGTH)
    String getReason();

    void setReason(String reason);

    /** The identity provider identifier written to the group's file, or {@code null}. */
    @StringLength(Values.NAME_LENGTH)
    String getIdentifier();

    void setIdentifier(String identifier);

    /** The identifier lower-cased, so that files and counts hold each identifier once whatever its case. */
    @StringLength(Values.NAME_LENGTH)
    String getIdentifierKey();

    void setIdentifierKey(String identifierKey);

    /** Whether the outcome is only planned: written before the change was attempted. */
    @NotNull
    boolean isPending();

    void setPending(boolean pending);
}
