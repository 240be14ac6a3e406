package io.usercleanup.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.crowd.embedded.api.DirectoryType;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Deactivating a user, and the dry run's check of it, which asks the same and changes nothing. */
class ConfluenceUserDirectoryDeactivateTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private ConfluenceUser admin;
    private ConfluenceUser bob;

    @BeforeEach
    void bobIsActive() {
        confluence.directory(ConfluenceFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR);
        admin = confluence.user("admin");
        bob = confluence.user("bob", ConfluenceFixture.LDAP, null, null);
        when(confluence.userAccessor.isDeactivated(bob)).thenReturn(false);
        AuthenticatedUserThreadLocal.set(admin);
    }

    @AfterEach
    void nobodyIsLeftOnTheThread() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void deactivate_callsConfluencesDeactivation_afterItsPermissionCheck() throws Exception {
        deactivatedOnceConfluenceRan();
        confluence.directory().deactivate("bob");

        verify(confluence.permissionManager).hasPermission(admin, Permission.SET_PERMISSIONS, bob);
        verify(confluence.userAccessor).deactivateUser(bob);
        verify(confluence.userAccessor, never()).deactivateUserLocally(any());
    }

    @Test
    void deactivate_whereOnlyTheLocalDeactivationExists_callsThat() throws Exception {
        deactivatedOnceConfluenceRan();
        confluence.directory(Optional.of(DeactivationMethod.DEACTIVATE_USER_LOCALLY)).deactivate("bob");

        verify(confluence.userAccessor).deactivateUserLocally(bob);
        verify(confluence.userAccessor, never()).deactivateUser(any());
    }

    /** Confluence reports the user deactivated once its deactivation ran. */
    private void deactivatedOnceConfluenceRan() {
        when(confluence.userAccessor.isDeactivated(bob)).thenReturn(false, true);
    }

    @Test
    void check_allowsIt_withoutDeactivating() throws Exception {
        confluence.directory().checkDeactivate("bob");

        verify(confluence.userAccessor, never()).deactivateUser(any());
    }

    @Test
    void aUserWhoIsInactiveAlready_needsNothing() throws Exception {
        when(confluence.userAccessor.isDeactivated(bob)).thenReturn(true);

        confluence.directory().checkDeactivate("bob");
        confluence.directory().deactivate("bob");

        verify(confluence.userAccessor, never()).deactivateUser(any());
    }

    private void assertBothRefuse(Optional<DeactivationMethod> method, String reason) {
        ConfluenceUserDirectory directory = confluence.directory(method);
        assertThatThrownBy(() -> directory.checkDeactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        assertThatThrownBy(() -> directory.deactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        verify(confluence.userAccessor, never()).deactivateUser(any());
        verify(confluence.userAccessor, never()).deactivateUserLocally(any());
    }

    private void assertBothRefuse(String reason) {
        assertBothRefuse(Optional.of(DeactivationMethod.DEACTIVATE_USER), reason);
    }

    @Test
    void aUserWhoIsGone_isRefused() {
        when(confluence.userAccessor.getUserByName("bob")).thenReturn(null);
        assertBothRefuse("user 'bob' no longer exists");
    }

    @Test
    void aUserOfAReadOnlyDirectory_isRefused_namingIt() {
        when(confluence.userAccessor.isReadOnly(bob)).thenReturn(true);
        assertBothRefuse("user 'bob' cannot be deactivated: directory 'Corporate LDAP' is read-only");
    }

    @Test
    void aReadOnlyUserUnknownToCrowd_isRefused() {
        when(confluence.userAccessor.isReadOnly(bob)).thenReturn(true);
        when(confluence.crowdService.getUser("bob")).thenReturn(null);
        assertBothRefuse("user 'bob' cannot be deactivated: their directory is read-only");
    }

    @Test
    void theActingAdministratorThemself_isRefused() {
        AuthenticatedUserThreadLocal.set(bob);
        assertBothRefuse("user 'bob' cannot be deactivated: they are the administrator the cleanup acts as,"
                + " who would be locked out");
    }

    @Test
    void anActingUserWithoutThePermission_isRefused() {
        when(confluence.permissionManager.hasPermission(admin, Permission.SET_PERMISSIONS, bob)).thenReturn(false);
        assertBothRefuse("user 'bob' cannot be deactivated: Confluence refused it: 'admin' may not deactivate them"
                + " (only a system administrator may deactivate a system administrator)");
    }

    @Test
    void aConfluenceWithoutAKnownDeactivation_isRefused() {
        assertBothRefuse(Optional.empty(),
                "user 'bob' cannot be deactivated: this Confluence offers neither deactivateUser nor deactivateUserLocally");
    }

    @Test
    void aDeactivationThatThrows_failsTheUser() {
        doThrow(new IllegalStateException("not permitted")).when(confluence.userAccessor).deactivateUser(bob);
        assertThatThrownBy(() -> confluence.directory().deactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be deactivated: not permitted");
    }

    @Test
    void aDeactivationConfluenceSwallowed_failsTheUser() {
        when(confluence.userAccessor.isDeactivated(bob)).thenReturn(false);
        assertThatThrownBy(() -> confluence.directory().deactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be deactivated: Confluence did not deactivate them (see its log)");
    }

    @Test
    void aFailingRead_isAnAccessError() {
        when(confluence.permissionManager.hasPermission(admin, Permission.SET_PERMISSIONS, bob))
                .thenThrow(new IllegalStateException("db down"));
        assertThatThrownBy(() -> confluence.directory().checkDeactivate("bob"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Confluence failed while reading the permissions on user 'bob': db down");
    }
}
