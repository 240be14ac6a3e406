package io.usercleanup.devhost.jira;

import io.usercleanup.core.model.Names;

import java.util.List;
import java.util.Set;

/**
 * Confluence's global "Can use" permission ({@code USECONFLUENCE}) on the dev host: granted to the
 * groups the fixture's application with key {@code confluence} lists, and to the host's ordinary
 * account {@code user} by a grant of its own (Confluence grants "Can use" to single users too), so
 * that {@code user} is licensed without being in a licensing group and a cleanup's counts stay
 * exactly those of the fixture. Other applications of a fixture mean nothing to Confluence.
 */
final class CanUseGrants {
    /** The key of the fixture application that stands for Confluence's "Can use" groups. */
    static final String APPLICATION_KEY = "confluence";

    private final ApplicationRoleTable applications;

    CanUseGrants(ApplicationRoleTable applications) {
        this.applications = applications;
    }

    /** The groups that hold "Can use", as the fixture spells them. */
    List<String> groups() {
        return applications.all().stream()
                .filter(role -> Names.key(role.key()).equals(APPLICATION_KEY))
                .flatMap(role -> role.groups().stream())
                .toList();
    }

    /** The users (keys: lower-cased usernames) who hold "Can use" by a grant of their own. */
    Set<String> users() {
        return Set.of(Names.key(DevHostAccounts.USER));
    }
}
