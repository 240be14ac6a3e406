package io.usercleanup.confluence;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.GroupInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Directories, groups, the group search and the application, read from Confluence. */
class ConfluenceUserDirectoryReadTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();

    @Test
    void directories_describeKindAndWhetherMembershipsCanChange() {
        List<com.atlassian.crowd.embedded.api.Directory> all = List.of(
                confluence.directory(1, "Confluence Internal Directory", DirectoryType.INTERNAL,
                        OperationType.UPDATE_GROUP, OperationType.UPDATE_USER),
                confluence.directory(2, "LDAP, local groups", DirectoryType.CONNECTOR, OperationType.UPDATE_GROUP),
                confluence.directory(3, "LDAP", DirectoryType.CONNECTOR),
                confluence.directory(4, "Entra ID", DirectoryType.AZURE_AD, OperationType.UPDATE_GROUP),
                confluence.directory(5, "Odd", null, OperationType.UPDATE_GROUP));
        when(confluence.directoryService.findAllDirectories()).thenReturn(all);

        assertThat(confluence.directory().directories()).containsExactly(
                new DirectoryInfo(1, "Confluence Internal Directory", DirectoryKind.INTERNAL, false),
                new DirectoryInfo(2, "LDAP, local groups", DirectoryKind.CONNECTOR, false),
                new DirectoryInfo(3, "LDAP", DirectoryKind.CONNECTOR, true),
                new DirectoryInfo(4, "Entra ID", DirectoryKind.AZURE_AD, true),
                new DirectoryInfo(5, "Odd", DirectoryKind.UNKNOWN, false));
    }

    @Test
    void directories_whenCrowdFails_isAnAccessErrorSayingWhatWasRead() {
        when(confluence.directoryService.findAllDirectories()).thenThrow(new IllegalStateException("db down"));

        assertThatThrownBy(() -> confluence.directory().directories())
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the user directories: db down");
    }

    @Test
    void unknownUsernames_askTheUserAccessorOncePerName_andNameThoseItDoesNotKnow() {
        confluence.user("alice");

        assertThat(confluence.directory().unknownUsernames(List.of("alice", "ghost", "GHOST")))
                .containsExactly("ghost");
    }

    @Test
    void unknownUsernames_whenConfluenceFails_isAnAccessErrorNamingTheUser() {
        when(confluence.userAccessor.getUserByName("alice")).thenThrow(new IllegalStateException("db down"));

        assertThatThrownBy(() -> confluence.directory().unknownUsernames(List.of("alice")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the user 'alice': db down");
    }

    @Test
    void findGroup_takesTheDirectoryFromCrowdsGroup() {
        confluence.group("confluence-users", ConfluenceFixture.LDAP);

        assertThat(confluence.directory().findGroup("confluence-users"))
                .contains(new GroupInfo("confluence-users", ConfluenceFixture.LDAP));
    }

    @Test
    void findGroup_withoutACrowdDirectoryEntity_takesTheDirectoryOfAMember_andWithoutMembersItIsUnknown() {
        confluence.user("gone-from-crowd");
        confluence.user("ann", ConfluenceFixture.LDAP, null, null);
        when(confluence.crowdService.getUser("gone-from-crowd")).thenReturn(null);
        confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "gone-from-crowd", "ann");
        confluence.group("empty", ConfluenceFixture.INTERNAL);
        when(confluence.crowdService.getGroup("confluence-users"))
                .thenReturn(mock(com.atlassian.crowd.embedded.api.Group.class));
        when(confluence.crowdService.getGroup("empty")).thenReturn(mock(com.atlassian.crowd.embedded.api.Group.class));

        assertThat(confluence.directory().findGroup("confluence-users"))
                .contains(new GroupInfo("confluence-users", ConfluenceFixture.LDAP));
        assertThat(confluence.directory().findGroup("empty")).contains(new GroupInfo("empty", -1));
    }

    @Test
    void findGroup_missing_isEmpty_andAFailureIsAnAccessError() {
        assertThat(confluence.directory().findGroup("nope")).isEmpty();

        when(confluence.userAccessor.getGroup("broken")).thenThrow(new IllegalStateException("boom"));
        assertThatThrownBy(() -> confluence.directory().findGroup("broken"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the group 'broken': boom");
    }

    @Test
    void findGroupNames_asksSalForOnePage_andKeepsToTheLimit() {
        when(confluence.groupSearch.findGroupNamesByPrefix("conf", 10, 2))
                .thenReturn(Arrays.asList("confluence-admins", "confluence-users", "confluence-extra"));

        assertThat(confluence.directory().findGroupNames("conf", 10, 2))
                .containsExactly("confluence-admins", "confluence-users");
    }

    @Test
    void findGroupNames_nullPrefixMeansEveryGroup_zeroLimitAsksNothing_negativeStartIsRefused() {
        when(confluence.groupSearch.findGroupNamesByPrefix("", 0, 5)).thenReturn(List.of("a"));
        ConfluenceUserDirectory directory = confluence.directory();

        assertThat(directory.findGroupNames(null, 0, 5)).containsExactly("a");
        assertThatThrownBy(() -> directory.findGroupNames("", -1, 5)).isInstanceOf(IllegalArgumentException.class);
        ConfluenceFixture untouched = new ConfluenceFixture();
        assertThat(untouched.directory().findGroupNames("x", 0, 0)).isEmpty();
        verifyNoInteractions(untouched.groupSearch);
    }

    @Test
    void findGroupNames_whenSalFails_isAnAccessError() {
        when(confluence.groupSearch.findGroupNamesByPrefix("x", 0, 5)).thenThrow(new IllegalStateException("boom"));

        assertThatThrownBy(() -> confluence.directory().findGroupNames("x", 0, 5))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the groups: boom");
    }

    @Test
    void applications_isConfluenceWithTheGroupsThatCanUseIt_sortedOnceEach_withoutSingleUserGrants() {
        List<SpacePermission> grants = new ArrayList<>();
        grants.add(grant("confluence-users"));
        grants.add(grant(null)); // granted to one user
        grants.add(grant("Apprentices"));
        grants.add(grant("CONFLUENCE-USERS"));
        grants.add(grant(" "));
        when(confluence.spacePermissions.getGlobalPermissions("USECONFLUENCE")).thenReturn(grants);

        assertThat(confluence.directory().applications()).containsExactly(
                new ApplicationInfo("confluence", "Confluence", List.of("Apprentices", "confluence-users")));
    }

    @Test
    void applications_withoutGrants_hasNoGroups_andAFailureIsAnAccessError() {
        when(confluence.spacePermissions.getGlobalPermissions("USECONFLUENCE")).thenReturn(null);
        assertThat(confluence.directory().applications())
                .containsExactly(new ApplicationInfo("confluence", "Confluence", List.of()));

        when(confluence.spacePermissions.getGlobalPermissions("USECONFLUENCE")).thenThrow(new IllegalStateException("boom"));
        assertThatThrownBy(() -> confluence.directory().applications())
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the groups with the \"Can use\" permission: boom");
    }

    private static SpacePermission grant(String group) {
        SpacePermission permission = mock(SpacePermission.class);
        when(permission.getGroup()).thenReturn(group);
        return permission;
    }
}
