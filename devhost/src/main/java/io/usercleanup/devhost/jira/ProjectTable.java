package io.usercleanup.devhost.jira;

import java.util.List;

/** Reads the project leads from {@code project} (Jira stores the lead's user key). */
final class ProjectTable {
    private final Jdbc jdbc;

    ProjectTable(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys of the projects the user leads, sorted. */
    List<String> keysLedBy(String userKey) {
        return jdbc.list("SELECT pkey FROM project WHERE lead = ? ORDER BY pkey", rs -> rs.getString(1), userKey);
    }
}
