package io.usercleanup.store.ao;

import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One affected user of a run, as the user was when the run decided. Its outcomes are the
 * {@link RunOutcomeEntity} rows with the same run id and user key.
 * <p>
 * The {@code run_user_pending} index finds the rows a real run wrote before acting (the batch in
 * flight, a few hundred at most), so that replacing them reads just those rows, however large the
 * run's record has grown.
 */
@Table(RunUserEntity.TABLE)
@Indexes({
        @Index(name = "run_user_key", methodNames = {"getRunId", "getUserKey"}),
        @Index(name = "run_user_pending", methodNames = {"getRunId", "isPending"})
})
public interface RunUserEntity extends LongIdEntity {

    String TABLE = "RUN_USER";
    String RUN_ID = "RUN_ID";
    String USERNAME = "USERNAME";
    String USER_KEY = "USER_KEY";
    String DISPLAY_NAME = "DISPLAY_NAME";
    String EMAIL = "EMAIL";
    String DISPLAY_NAME_KEY = "DISPLAY_NAME_KEY";
    String EMAIL_KEY = "EMAIL_KEY";
    String DIRECTORY_ID = "DIRECTORY_ID";
    String LAST_LOGIN = "LAST_LOGIN";
    String DEACTIVATED = "DEACTIVATED";
    String PENDING = "PENDING";

    /** The run. */
    @NotNull
    long getRunId();

    /** Username at the time of the run. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getUsername();

    /** The username lower-cased: sort order, and the link to the user's outcomes. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getUserKey();

    /** Full name at the time of the run, capped at {@value Values#NAME_LENGTH} characters, or {@code null}. */
    @StringLength(Values.NAME_LENGTH)
    String getDisplayName();

    /** Email address at the time of the run, capped at {@value Values#NAME_LENGTH} characters, or {@code null}. */
    @StringLength(Values.NAME_LENGTH)
    String getEmail();

    /**
     * The full name lower-cased (as {@link io.usercleanup.core.model.Names#key} makes keys),
     * capped like the name, or {@code null}: Show users' search and order, which no database can
     * take from the name itself both portably and ignoring case. Rows written before this column
     * existed have none, and are found by their username only.
     */
    @StringLength(Values.NAME_LENGTH)
    String getDisplayNameKey();

    /** The email address lower-cased, as {@link #getDisplayNameKey()}, or {@code null}. */
    @StringLength(Values.NAME_LENGTH)
    String getEmailKey();

    /** The user's directory id. */
    @NotNull
    long getDirectoryId();

    /** Last login the decision was based on, in epoch milliseconds, or {@code null} for never. */
    Long getLastLogin();

    /** Whether a deactivation was performed. */
    @NotNull
    boolean isDeactivated();

    /**
     * Whether the row was written before the run acted on the user, as its outcomes' pending
     * flag says; rows written before this column existed are not pending.
     */
    @NotNull
    @Default("false")
    boolean isPending();

    void setPending(boolean pending);
}
