package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.jira.bc.user.ApplicationUserBuilder;
import com.atlassian.jira.bc.user.UserService.UpdateUserValidationResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import io.usercleanup.core.directory.DirectoryChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A dry run's checks ask Jira what the real change asks, and change nothing: the deactivation is
 * validated by Jira's {@code UserService} without {@code updateUser}; a removal's user, group,
 * directory and direct membership are checked without Crowd's {@code removeUserFromGroup}.
 */
class JiraUserDirectoryChecksTest {
    private final JiraFixture jira = new JiraFixture();
    private final ApplicationUserBuilder builder = mock(ApplicationUserBuilder.class);
    private final ApplicationUser deactivatedCopy = mock(ApplicationUser.class);
    private final UpdateUserValidationResult validation = mock(UpdateUserValidationResult.class);
    private ApplicationUser alice;
    private Group group;

    @BeforeEach
    void aliceIsAnUpdatableActiveDirectMemberOfALocalGroup() throws Exception {
        jira.internalDirectory();
        alice = jira.user("alice", JiraFixture.INTERNAL);
        group = jira.group("jira-local-users", alice);
        when(jira.userManager.canUpdateUser(alice)).thenReturn(true);
        when(jira.userService.newUserBuilder(alice)).thenReturn(builder);
        when(builder.active(false)).thenReturn(builder);
        when(builder.build()).thenReturn(deactivatedCopy);
        when(jira.userService.validateUpdateUser(deactivatedCopy)).thenReturn(validation);
        when(validation.isValid()).thenReturn(true);
        when(jira.crowdService.isUserDirectGroupMember(alice.getDirectoryUser(), group)).thenReturn(true);
    }

    @Test
    void checkDeactivate_hasJiraValidateAnInactiveCopy_andNeverUpdates() {
        // when
        assertThatCode(() -> jira.directory.checkDeactivate("alice")).doesNotThrowAnyException();

        // then
        InOrder order = inOrder(builder, jira.userService);
        order.verify(builder).active(false);
        order.verify(jira.userService).validateUpdateUser(deactivatedCopy);
        verify(jira.userService, never()).updateUser(any());
    }

    @Test
    void checkDeactivate_failsWithJirasRefusal_theReasonTheDeactivationGives() {
        // given: Jira refuses to deactivate a project lead
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(errors.getErrors()).thenReturn(Map.of("active",
                "Cannot deactivate user 'alice' because they are the lead of these projects: PAY"));
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);
        String reason = "user 'alice' cannot be deactivated: Jira refused it: "
                + "Cannot deactivate user 'alice' because they are the lead of these projects: PAY";

        // when / then
        assertThatThrownBy(() -> jira.directory.checkDeactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        assertThatThrownBy(() -> jira.directory.deactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        verify(jira.userService, never()).updateUser(any());
    }

    @Test
    void checkDeactivate_failsForReadOnlyDirectory_andMissingUser_withoutAskingUserService() {
        // given
        jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR);
        ApplicationUser bob = jira.user("bob", JiraFixture.LDAP);
        when(jira.userManager.canUpdateUser(bob)).thenReturn(false);

        // when / then
        assertThatThrownBy(() -> jira.directory.checkDeactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be deactivated: directory 'Corporate LDAP' is read-only");
        assertThatThrownBy(() -> jira.directory.checkDeactivate("carol"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'carol' no longer exists");
        verifyNoInteractions(jira.userService);
    }

    @Test
    void checkRemoveFromGroup_asksCrowdWhetherTheMembershipIsDirect_andNeverRemoves() throws Exception {
        // when
        assertThatCode(() -> jira.directory.checkRemoveFromGroup("alice", "jira-local-users"))
                .doesNotThrowAnyException();

        // then
        verify(jira.crowdService).isUserDirectGroupMember(alice.getDirectoryUser(), group);
        verify(jira.crowdService, never()).removeUserFromGroup(any(), any());
    }

    @Test
    void checkRemoveFromGroup_failsForAMembershipThatIsNotDirect_withTheRemovalsReason() throws Exception {
        // given: alice is a member through a nested group only
        when(jira.crowdService.isUserDirectGroupMember(alice.getDirectoryUser(), group)).thenReturn(false);
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group)).thenReturn(false);
        String reason = "user 'alice' is no longer a direct member of group 'jira-local-users'";

        // when / then
        assertThatThrownBy(() -> jira.directory.checkRemoveFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class).hasMessage(reason);
    }

    @Test
    void checkRemoveFromGroup_failsWhenTheDirectoryDoesNotGrantUpdateGroup() {
        // given: an LDAP directory that allows user updates but not group updates
        jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR, OperationType.UPDATE_USER);
        jira.user("bob", JiraFixture.LDAP);

        // when / then
        assertThatThrownBy(() -> jira.directory.checkRemoveFromGroup("bob", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be removed from group 'jira-local-users': "
                        + "directory 'Corporate LDAP' is read-only");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void checkRemoveFromGroup_failsForMissingUserAndGroup() {
        // when / then
        assertThatThrownBy(() -> jira.directory.checkRemoveFromGroup("carol", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'carol' no longer exists");
        assertThatThrownBy(() -> jira.directory.checkRemoveFromGroup("alice", "retired-group"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("group 'retired-group' no longer exists");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void checkRemoveFromGroup_failsTheMembershipWhenCrowdFailsToAnswer() {
        // given
        OperationFailedException failure = new OperationFailedException("directory is synchronising");
        when(jira.crowdService.isUserDirectGroupMember(alice.getDirectoryUser(), group)).thenThrow(failure);

        // when / then
        assertThatThrownBy(() -> jira.directory.checkRemoveFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be removed from group 'jira-local-users': directory is synchronising")
                .hasCause(failure);
    }
}
