package io.usercleanup.devhost.jira;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Confluence's global permissions on the dev host: the "Can use" grants of {@link CanUseGrants},
 * one per group and one per user (a user grant has no group). No other permission type is played;
 * asking for one fails rather than answering "nobody".
 */
final class DevHostSpacePermissionManager implements SpacePermissionManager {
    private final CanUseGrants canUse;

    DevHostSpacePermissionManager(CanUseGrants canUse) {
        this.canUse = canUse;
    }

    @Override
    public List<SpacePermission> getGlobalPermissions(String permissionType) {
        if (!SpacePermission.USE_CONFLUENCE_PERMISSION.equals(permissionType)) {
            throw new UnsupportedOperationException("The dev host plays only the global permission "
                    + SpacePermission.USE_CONFLUENCE_PERMISSION + ", not " + permissionType);
        }
        List<SpacePermission> grants = new ArrayList<>();
        canUse.groups().forEach(group -> grants.add(new Grant(group)));
        canUse.users().forEach(user -> grants.add(new Grant(null)));
        return grants;
    }

    /** One grant: to a group, or (without one) to a single user. */
    private static final class Grant extends SpacePermission {
        private final String group;

        Grant(String group) {
            this.group = group;
        }

        @Override
        public String getGroup() {
            return group;
        }
    }
}
