package io.usercleanup.devhost.jira;

import io.usercleanup.jira.JiraUserDirectory;

/** The plugin's real Jira adapter, wired on the dev host's Jira as the plugin wires it on Jira's. */
final class JiraAdapter {
    private JiraAdapter() {
    }

    static JiraUserDirectory over(DevHostJira jira) {
        return new JiraUserDirectory(jira.crowdDirectoryService(), jira.crowdService(), jira.groupManager(),
                jira.userManager(), jira.userService(), jira.loginService(), jira.applicationRoleManager());
    }
}
