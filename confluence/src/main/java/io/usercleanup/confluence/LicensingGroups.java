package io.usercleanup.confluence;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.model.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confluence's one application and its licensing groups: the groups that hold the global "Can use"
 * permission ({@code USECONFLUENCE}), as Confluence counts licensed users
 * ({@code DefaultUserAccessor.getUserNamesWithConfluenceAccess} in Confluence 8.7.2).
 * <p>
 * "Can use" may also be granted to single users. Such a grant is no group a cleanup could take a
 * user out of, so it is left out here: those users keep their access whatever a cleanup does to
 * their groups, and only a deactivation takes their licence back. The count is logged so an
 * administrator can see why they are not cleaned up by group.
 */
final class LicensingGroups {
    static final String KEY = "confluence";
    static final String NAME = "Confluence";

    private static final Logger LOG = LoggerFactory.getLogger(LicensingGroups.class);
    private static final Comparator<String> BY_NAME =
            Comparator.comparing(Names::key).thenComparing(Comparator.naturalOrder());

    private final SpacePermissionManager spacePermissions;

    LicensingGroups(SpacePermissionManager spacePermissions) {
        this.spacePermissions = spacePermissions;
    }

    ApplicationInfo application() {
        List<SpacePermission> grants = ConfluenceReads.read("the groups with the \"Can use\" permission",
                () -> spacePermissions.getGlobalPermissions(SpacePermission.USE_CONFLUENCE_PERMISSION));
        Map<String, String> groups = new LinkedHashMap<>();
        int withoutGroup = 0;
        for (SpacePermission grant : grants == null ? List.<SpacePermission>of() : grants) {
            String group = grant.getGroup();
            if (group == null || group.isBlank()) {
                withoutGroup++;
            } else {
                groups.putIfAbsent(Names.key(group), group);
            }
        }
        if (withoutGroup > 0) {
            LOG.debug("{} \"Can use\" grant(s) of Confluence name a single user or anonymous access, not a group;"
                    + " a cleanup by group leaves those users' access as it is", withoutGroup);
        }
        List<String> names = new ArrayList<>(groups.values());
        names.sort(BY_NAME);
        return new ApplicationInfo(KEY, NAME, names);
    }
}
