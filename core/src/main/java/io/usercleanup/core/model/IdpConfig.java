package io.usercleanup.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An identity provider that provisions users and groups into the application, and how to write
 * its removal files.
 *
 * @param id                  store id, {@code null} before it is saved
 * @param name                unique display name
 * @param type                the kind of provider
 * @param provisioningEnabled the "Is user provisioning enabled?" switch; when off, nothing is
 *                            exported and its groups are treated as local groups
 * @param directoryIds        user directories provisioned from the provider
 * @param groups              further group names provisioned from it (SCIM apps that provision
 *                            into the internal directory)
 * @param identifier          which attribute identifies a member in the file
 * @param csvTemplate         the file layout
 */
public record IdpConfig(
        Long id,
        String name,
        IdpType type,
        boolean provisioningEnabled,
        Set<Long> directoryIds,
        List<String> groups,
        IdentifierSource identifier,
        CsvTemplate csvTemplate) {

    public IdpConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        directoryIds = Set.copyOf(directoryIds);
        groups = Names.distinct(groups);
        identifier = identifier == null ? IdentifierSource.EMAIL : identifier;
        csvTemplate = csvTemplate == null ? CsvTemplate.CURRENT : csvTemplate;
    }

    /** The same configuration with the given store id. */
    public IdpConfig withId(Long newId) {
        return new IdpConfig(newId, name, type, provisioningEnabled, directoryIds, groups, identifier, csvTemplate);
    }

    /**
     * Whether a group is synced from this provider: provisioning is enabled and the group lives in
     * one of its directories or is one of its listed groups (names compared case-insensitively).
     */
    public boolean syncs(String groupName, long groupDirectoryId) {
        if (!provisioningEnabled) {
            return false;
        }
        if (directoryIds.contains(groupDirectoryId)) {
            return true;
        }
        String key = Names.key(groupName);
        return groups.stream().anyMatch(g -> Names.key(g).equals(key));
    }
}
