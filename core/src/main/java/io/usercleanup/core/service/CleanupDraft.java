package io.usercleanup.core.service;

import java.util.List;

/**
 * A cleanup as submitted, before validation; any field may be missing. Enumerated values are
 * kept as text so that an unknown value is reported against its field.
 */
public record CleanupDraft(
        String name,
        Boolean enabled,
        List<String> groups,
        List<String> applications,
        Integer inactiveDays,
        Boolean neverLoggedInInclude,
        Integer neverLoggedInCreatedMoreThanDays,
        List<String> excludeGroups,
        List<String> excludeUsers,
        String action,
        Long idpId,
        String scheduleCron,
        String scheduleTimeZone) {
}
