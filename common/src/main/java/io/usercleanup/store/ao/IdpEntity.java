package io.usercleanup.store.ao;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One identity provider configuration. */
@Table(IdpEntity.TABLE)
public interface IdpEntity extends LongIdEntity {

    String TABLE = "IDP";
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String IDP_TYPE = "IDP_TYPE";
    String PROVISIONING_ENABLED = "PROVISIONING_ENABLED";
    String DIRECTORY_IDS = "DIRECTORY_IDS";
    String SYNCED_GROUPS = "SYNCED_GROUPS";
    String IDENTIFIER_SOURCE = "IDENTIFIER_SOURCE";
    String CSV_TEMPLATE = "CSV_TEMPLATE";
    String REFERENCED_AT = "REFERENCED_AT";

    /** Display name as the administrator typed it. */
    @NotNull
    @StringLength(Values.NAME_LENGTH)
    String getName();

    void setName(String name);

    /**
     * The name's key ({@link io.usercleanup.core.model.Names#definitionKey}), for case-insensitive
     * lookups. Unique: the database refuses a second identity provider with the same key, whatever the
     * concurrency; a deleted one's row is gone, so its name is free again.
     */
    @NotNull
    @Unique
    @StringLength(Values.NAME_LENGTH)
    String getNameKey();

    void setNameKey(String nameKey);

    /** {@link io.usercleanup.core.model.IdpType} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getIdpType();

    void setIdpType(String idpType);

    /** The "Is user provisioning enabled?" switch. */
    @NotNull
    boolean isProvisioningEnabled();

    void setProvisioningEnabled(boolean provisioningEnabled);

    /** Provisioned user directory ids, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getDirectoryIds();

    void setDirectoryIds(String directoryIds);

    /** Further provisioned group names, encoded by {@link TextList}; {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSyncedGroups();

    void setSyncedGroups(String syncedGroups);

    /** {@link io.usercleanup.core.model.IdentifierSource} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getIdentifierSource();

    void setIdentifierSource(String identifierSource);

    /** {@link io.usercleanup.core.model.CsvTemplate} constant name. */
    @NotNull
    @StringLength(Values.CODE_LENGTH)
    String getCsvTemplate();

    void setCsvTemplate(String csvTemplate);

    /**
     * When a cleanup naming this provider was last saved, in epoch milliseconds, or {@code null}.
     * Saving such a cleanup writes it first, so that the save holds the row's lock until it
     * commits and a concurrent delete of the provider waits for it (see {@link AoCleanupStore}).
     */
    Long getReferencedAt();

    void setReferencedAt(Long referencedAt);
}
