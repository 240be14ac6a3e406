package io.usercleanup.devhost.jira;

import io.usercleanup.confluence.ConfluenceUserDirectory;
import io.usercleanup.devhost.DevHostSalUserManager;

/**
 * The plugin's real Confluence adapter, wired on the dev host's Confluence as the Confluence plugin
 * wires it: group members come from the Confluence-shaped tables through SAL's executors.
 */
final class ConfluenceAdapter {
    private ConfluenceAdapter() {
    }

    static ConfluenceUserDirectory over(DevHostJira host) {
        DevHostConfluence confluence = host.confluence();
        return new ConfluenceUserDirectory(confluence.userAccessor(), host.crowdService(), host.crowdDirectoryService(),
                confluence.loginManager(), confluence.spacePermissionManager(), confluence.permissionManager(),
                DevHostSalUserManager.of(host), confluence.transactionalExecutorFactory());
    }
}
