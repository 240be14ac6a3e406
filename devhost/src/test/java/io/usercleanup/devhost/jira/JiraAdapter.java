package io.usercleanup.devhost.jira;

import io.usercleanup.devhost.DevHostSalUserManager;
import io.usercleanup.jira.JiraUserDirectory;

/** The plugin's real Jira adapter, wired on the dev host's Jira as the plugin wires it on Jira's. */
final class JiraAdapter {
    private JiraAdapter() {
    }

    /**
     * The adapter with the dev host's administrator logged in on the calling thread, as on an
     * administrator's request: Jira's user service then takes changes to users from it.
     */
    static JiraUserDirectory asAdministrator(DevHostJira jira) {
        jira.authenticationContext().setLoggedInUser(jira.userManager().getUserByName(DevHostAccounts.ADMIN));
        return over(jira);
    }

    static JiraUserDirectory over(DevHostJira jira) {
        return new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(), jira.groupManager(),
                jira.userManager(), jira.userService(), jira.loginService(), jira.applicationRoleManager(),
                jira.authenticationContext(), DevHostSalUserManager.of(jira));
    }
}
