package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.jira.DirectoryFixture.UserEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo directory's service accounts, in {@code service-accounts} and its nested {@code robots}
 * group, and an emergency administrator; all in the internal directory and licensed through
 * {@code jira-local-users}. Their ages are fixed, not drawn, so what they show does not depend on
 * chance: most of them look inactive, which is why a cleanup excludes them.
 */
final class DemoServiceAccounts {
    static final String SERVICE_ACCOUNTS = "service-accounts";
    static final String ROBOTS = "robots";

    private DemoServiceAccounts() {
    }

    static List<UserEntry> accounts(Instant now, DemoNames names) {
        List<UserEntry> accounts = new ArrayList<>();
        Account account = (username, displayName, email, group, lastLoginDays, createdDays, active) -> {
            Instant lastLogin = lastLoginDays == null
                    ? null
                    : now.minus(Duration.ofDays(lastLoginDays)).minus(Duration.ofHours(1));
            List<String> memberOf = group.equals(DemoDirectory.LOCAL_USERS)
                    ? List.of(DemoDirectory.LOCAL_USERS)
                    : List.of(group, DemoDirectory.LOCAL_USERS);
            accounts.add(new UserEntry(names.fixed(username), displayName, email, DemoDirectory.INTERNAL_DIRECTORY,
                    active, now.minus(Duration.ofDays(createdDays)), lastLogin, memberOf, null));
        };
        account.add("svc-jenkins", "Jenkins", "svc-jenkins@example.com", SERVICE_ACCOUNTS, null, 800, true);
        account.add("svc-backup", "Backup Service", "svc-backup@example.com", SERVICE_ACCOUNTS, 400, 1500, true);
        account.add("svc-monitoring", "Monitoring", "svc-monitoring@example.com", SERVICE_ACCOUNTS, 0, 1200, true);
        account.add("svc-reporting", "Reporting", "svc-reporting@example.com", SERVICE_ACCOUNTS, 200, 900, true);
        account.add("svc-confluence-link", "Confluence Link", null, SERVICE_ACCOUNTS, null, 300, true);
        account.add("svc-scim-provisioning", "SCIM Provisioning", "scim@example.com", SERVICE_ACCOUNTS, 2, 700, true);
        account.add("svc-migration", "Migration (retired)", "svc-migration@example.com", SERVICE_ACCOUNTS, 900, 1600,
                false);
        account.add("svc-legacy-sync", "Legacy Sync", null, SERVICE_ACCOUNTS, 650, 2000, true);
        account.add("build-bot", "Build Bot", null, ROBOTS, 120, 1000, true);
        account.add("deploy-bot", "Deploy Bot", null, ROBOTS, 3, 1000, true);
        account.add("release-robot", "Release Robot", null, ROBOTS, null, 500, true);
        account.add("triage-bot", "Triage Bot", "triage-bot@example.com", ROBOTS, null, 45, true);
        account.add("backup-robot", "Backup Robot", null, ROBOTS, 365, 800, true);
        account.add("chatops-bot", "ChatOps Bot", "chatops@example.com", ROBOTS, 95, 600, true);
        // An emergency administrator who should never log in, kept out of cleanups by username.
        account.add("breakglass.admin", "Break Glass Admin", "breakglass@example.com", DemoDirectory.LOCAL_USERS,
                null, 600, true);
        return accounts;
    }

    /** Adds one account; days are counted back from now, {@code null} for never logged in. */
    @FunctionalInterface
    private interface Account {
        void add(String username, String displayName, String email, String group, Integer lastLoginDays,
                 int createdDays, boolean active);
    }
}
