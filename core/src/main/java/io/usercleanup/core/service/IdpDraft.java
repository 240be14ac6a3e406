package io.usercleanup.core.service;

import java.util.List;

/**
 * An identity provider configuration as submitted, before validation; any field may be missing.
 * Enumerated values are kept as text so that an unknown value is reported against its field.
 */
public record IdpDraft(
        String name,
        String type,
        Boolean provisioningEnabled,
        List<Long> directoryIds,
        List<String> groups,
        String identifier,
        String csvTemplate) {
}
