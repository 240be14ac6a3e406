package io.usercleanup.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.user.Group;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Removing a direct membership, and the dry run's check of it, which asks the same and changes nothing. */
class ConfluenceUserDirectoryRemoveFromGroupTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private ConfluenceUser admin;
    private ConfluenceUser bob;
    private Group users;

    @BeforeEach
    void bobIsADirectMember() {
        confluence.directory(ConfluenceFixture.INTERNAL, "Confluence Internal Directory", DirectoryType.INTERNAL);
        confluence.directory(ConfluenceFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR);
        admin = confluence.user("admin");
        bob = confluence.user("bob");
        users = confluence.group("confluence-users", ConfluenceFixture.INTERNAL, "bob");
        when(confluence.userAccessor.removeMembership(users, bob)).thenReturn(true);
        AuthenticatedUserThreadLocal.set(admin);
    }

    @AfterEach
    void nobodyIsLeftOnTheThread() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void remove_goesThroughConfluencesAccessor_andTheCheckAllowsIt_withoutChangingAnything() throws Exception {
        ConfluenceUserDirectory directory = confluence.directory();

        directory.checkRemoveFromGroup("bob", "confluence-users");
        verify(confluence.userAccessor, never()).removeMembership(any(), any());

        directory.removeFromGroup("bob", "confluence-users");
        verify(confluence.userAccessor).removeMembership(users, bob);
        verify(confluence.permissionManager, times(2)).hasPermission(admin, Permission.EDIT, users);
    }

    private void assertBothRefuse(String reason) {
        ConfluenceUserDirectory directory = confluence.directory();
        assertThatThrownBy(() -> directory.checkRemoveFromGroup("bob", "confluence-users"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        assertThatThrownBy(() -> directory.removeFromGroup("bob", "confluence-users"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        verify(confluence.userAccessor, never()).removeMembership(any(), any());
    }

    @Test
    void aUserWhoIsGone_isRefused() {
        when(confluence.userAccessor.getUserByName("bob")).thenReturn(null);
        assertBothRefuse("user 'bob' no longer exists");
    }

    @Test
    void aGroupThatIsGone_isRefused() {
        when(confluence.userAccessor.getGroup("confluence-users")).thenReturn(null);
        assertBothRefuse("group 'confluence-users' no longer exists");
    }

    @Test
    void aReadOnlyGroup_isRefused_namingItsDirectory() {
        confluence.group("confluence-users", ConfluenceFixture.LDAP, "bob");
        users = confluence.userAccessor.getGroup("confluence-users");
        when(confluence.userAccessor.isReadOnly(users)).thenReturn(true);
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': "
                + "the group's directory 'Corporate LDAP' is read-only");
    }

    @Test
    void aReadOnlyGroupWithoutACrowdDirectory_isRefused_namingTheDirectoryOfAMember() {
        when(confluence.crowdService.getGroup("confluence-users")).thenReturn(null);
        when(confluence.userAccessor.isReadOnly(users)).thenReturn(true);
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': "
                + "the group's directory 'Confluence Internal Directory' is read-only");
    }

    @Test
    void aReadOnlyGroupWithoutACrowdDirectoryOrAMemberCrowdHolds_isRefused_withoutADirectoryName() {
        when(confluence.crowdService.getGroup("confluence-users")).thenReturn(null);
        when(confluence.userAccessor.isReadOnly(users)).thenReturn(true);
        when(confluence.userAccessor.getMemberNames(users)).thenAnswer(i -> new ListPager(java.util.List.of(), 2));
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': the group's directory is read-only");
    }

    @Test
    void anActingUserWithoutEditPermissionOnTheGroup_isRefused() {
        when(confluence.permissionManager.hasPermission(admin, Permission.EDIT, users)).thenReturn(false);
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': Confluence refused it: "
                + "'admin' may not change the members of that group");
    }

    @Test
    void nobodyOnTheThread_isRefusedByConfluencesPermission() {
        AuthenticatedUserThreadLocal.reset();
        when(confluence.permissionManager.hasPermission(null, Permission.EDIT, users)).thenReturn(false);
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': Confluence refused it: "
                + "a change made as nobody (no user on this thread) may not change the members of that group");
    }

    @Test
    void aMembershipThatIsNotDirect_isRefused() {
        when(confluence.crowdService.isUserDirectGroupMember(any(), any())).thenReturn(false);
        assertBothRefuse("user 'bob' is no longer a direct member of group 'confluence-users'");
    }

    @Test
    void aUserCrowdDoesNotHold_isNoDirectMember() {
        when(confluence.crowdService.getUser("bob")).thenReturn(null);
        assertBothRefuse("user 'bob' is no longer a direct member of group 'confluence-users'");
    }

    @Test
    void whenCrowdCannotSayWhetherTheMembershipIsDirect_theMembershipFails() {
        when(confluence.crowdService.isUserDirectGroupMember(any(), any())).thenThrow(new IllegalStateException("ldap down"));
        assertBothRefuse("user 'bob' cannot be removed from group 'confluence-users': ldap down");
    }

    @Test
    void aRemovalConfluenceReportsAsFailed_isRefused() {
        when(confluence.userAccessor.removeMembership(users, bob)).thenReturn(false);
        assertThatCode(() -> confluence.directory().checkRemoveFromGroup("bob", "confluence-users")).doesNotThrowAnyException();
        assertThatThrownBy(() -> confluence.directory().removeFromGroup("bob", "confluence-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be removed from group 'confluence-users': Confluence could not remove it (see its log)");
    }

    @Test
    void aRemovalConfluenceThrowsOn_failsTheMembership() {
        when(confluence.userAccessor.removeMembership(users, bob)).thenThrow(new IllegalStateException("not permitted"));
        assertThatThrownBy(() -> confluence.directory().removeFromGroup("bob", "confluence-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be removed from group 'confluence-users': not permitted");
    }

    @Test
    void aFailingRead_beforeTheChange_isAnAccessError() {
        when(confluence.userAccessor.isReadOnly(users)).thenThrow(new IllegalStateException("db down"));
        assertThatThrownBy(() -> confluence.directory().checkRemoveFromGroup("bob", "confluence-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading whether group 'confluence-users' is read-only: db down");
    }
}
