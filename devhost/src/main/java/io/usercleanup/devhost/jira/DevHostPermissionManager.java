package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.user.Group;
import com.atlassian.user.User;

/**
 * Confluence's permission checks for the two questions its {@code UserAccessor} asks before a
 * change: {@code EDIT} on a group (change its members) and {@code SET_PERMISSIONS} on a user
 * (deactivate them). The dev host's only administrators are system administrators, who may do
 * both to anyone (Confluence keeps {@code SET_PERMISSIONS} on a system administrator to system
 * administrators); nobody else may do either. Other questions are not played and fail.
 */
final class DevHostPermissionManager implements PermissionManager {
    private final DevHostUsers users;

    DevHostPermissionManager(DevHostUsers users) {
        this.users = users;
    }

    @Override
    public boolean hasPermission(User user, Permission permission, Object target) {
        boolean known = (permission == Permission.EDIT && target instanceof Group)
                || (permission == Permission.SET_PERMISSIONS && target instanceof User);
        if (!known) {
            throw new UnsupportedOperationException("The dev host does not play the permission " + permission
                    + " on " + target);
        }
        return user != null && users.isSystemAdmin(user.getName());
    }
}
