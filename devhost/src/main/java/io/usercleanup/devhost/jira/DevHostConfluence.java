package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.login.LoginManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;

/**
 * The dev host's Confluence: Confluence's user, login and permission services over the same Crowd
 * tables and fixture as the dev host's Jira ({@link DevHostJira#confluence()}). Crowd's own
 * services ({@code CrowdService}, {@code CrowdDirectoryService}) are the embedded Crowd's, shared
 * with Jira's side. SAL's {@code TransactionalExecutorFactory} reads Confluence's layout of the
 * same tables ({@link ConfluenceSchema}).
 */
public final class DevHostConfluence {
    private final DevHostUserAccessor userAccessor;
    private final DevHostLoginManager loginManager;
    private final DevHostSpacePermissionManager spacePermissions;
    private final DevHostPermissionManager permissions;
    private final DevHostTransactionalExecutorFactory executors;

    DevHostConfluence(UserTable users, GroupTable groups, DirectoryTable directories, LoginTable logins,
                      ApplicationRoleTable applications, DevHostUsers accounts, java.time.Clock clock,
                      javax.sql.DataSource dataSource) {
        this.permissions = new DevHostPermissionManager(accounts);
        this.userAccessor = new DevHostUserAccessor(users, groups, directories, permissions, clock);
        this.loginManager = new DevHostLoginManager(users, logins);
        this.spacePermissions = new DevHostSpacePermissionManager(new CanUseGrants(applications));
        this.executors = new DevHostTransactionalExecutorFactory(dataSource);
    }

    public UserAccessor userAccessor() {
        return userAccessor;
    }

    public LoginManager loginManager() {
        return loginManager;
    }

    public SpacePermissionManager spacePermissionManager() {
        return spacePermissions;
    }

    public PermissionManager permissionManager() {
        return permissions;
    }

    /** SAL's executors over the dev host's database, which holds Confluence's tables ({@link ConfluenceSchema}). */
    public TransactionalExecutorFactory transactionalExecutorFactory() {
        return executors;
    }
}
