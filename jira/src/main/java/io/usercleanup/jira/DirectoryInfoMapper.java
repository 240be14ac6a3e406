package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;

import java.util.Set;

/** Describes Crowd directories the way a cleanup sees them: kind, and whether it can change them. */
final class DirectoryInfoMapper {
    private DirectoryInfoMapper() {
    }

    static DirectoryInfo toInfo(Directory directory) {
        return new DirectoryInfo(directory.getId(), directory.getName(), kindOf(directory.getType()),
                isReadOnly(directory));
    }

    /** Matched by name so that a directory type added by a later Jira shows as UNKNOWN instead of failing. */
    static DirectoryKind kindOf(DirectoryType type) {
        if (type == null) {
            return DirectoryKind.UNKNOWN;
        }
        try {
            return DirectoryKind.valueOf(type.name());
        } catch (IllegalArgumentException e) {
            return DirectoryKind.UNKNOWN;
        }
    }

    /**
     * Whether a cleanup cannot change memberships in the directory.
     * <p>
     * The change a cleanup makes in every directory it touches is removing a membership, and Crowd
     * allows membership changes only where the directory grants {@code UPDATE_GROUP}; elsewhere
     * Jira refuses them with {@code OperationNotPermittedException}. {@code UPDATE_USER} is
     * deliberately not required: an LDAP directory configured "read only, with local groups"
     * grants {@code UPDATE_GROUP} without {@code UPDATE_USER}, and taking its users out of local
     * licensing groups is exactly what a cleanup is for. Deactivation, which does need
     * {@code UPDATE_USER}, is checked for each user when it happens ({@code
     * UserManager.canUpdateUser}), so a refused deactivation still ends as a failed outcome with
     * its reason.
     * <p>
     * A Microsoft Entra ID ({@code AZURE_AD}) directory is read-only whatever its permissions say:
     * Jira only reads it through Microsoft Graph and cannot write a change back to it.
     */
    static boolean isReadOnly(Directory directory) {
        if (directory.getType() == DirectoryType.AZURE_AD) {
            return true;
        }
        Set<OperationType> allowed = directory.getAllowedOperations();
        return allowed == null || !allowed.contains(OperationType.UPDATE_GROUP);
    }
}
