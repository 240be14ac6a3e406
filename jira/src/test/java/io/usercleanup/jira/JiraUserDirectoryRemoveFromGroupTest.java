package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.runtime.GroupNotFoundException;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.crowd.exception.runtime.UserNotFoundException;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraUserDirectoryRemoveFromGroupTest {
    private final JiraFixture jira = new JiraFixture();
    private ApplicationUser alice;
    private Group group;

    @BeforeEach
    void aliceIsADirectMemberOfALocalGroup() throws Exception {
        jira.internalDirectory();
        alice = jira.user("alice", JiraFixture.INTERNAL);
        group = jira.group("jira-local-users", alice);
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group)).thenReturn(true);
    }

    @Test
    void removeFromGroup_removesTheMembershipOfTheDirectoryUserThroughCrowd() throws Exception {
        // when
        jira.directory.removeFromGroup("alice", "jira-local-users");

        // then
        verify(jira.crowdService).removeUserFromGroup(alice.getDirectoryUser(), group);
    }

    @Test
    void removeFromGroup_failsWhenUserIsGone() {
        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("carol", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'carol' no longer exists");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void removeFromGroup_failsWhenGroupIsGone() {
        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "retired-group"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("group 'retired-group' no longer exists");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void removeFromGroup_failsWhenDirectoryReadOnly() {
        // given
        jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR, OperationType.UPDATE_USER);
        jira.user("bob", JiraFixture.LDAP);

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("bob", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be removed from group 'jira-local-users': "
                        + "directory 'Corporate LDAP' is read-only");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void removeFromGroup_failsForUserOfEntraIdDirectory() {
        // given
        jira.directory(JiraFixture.ENTRA, "Microsoft Entra ID", DirectoryType.AZURE_AD, OperationType.values());
        jira.user("erin", JiraFixture.ENTRA);

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("erin", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'erin' cannot be removed from group 'jira-local-users': "
                        + "directory 'Microsoft Entra ID' is read-only");
        verifyNoInteractions(jira.crowdService);
    }

    @Test
    void removeFromGroup_failsWhenCrowdDoesNotPermitTheOperation() throws Exception {
        // given
        OperationNotPermittedException refusal = new OperationNotPermittedException("group is read-only");
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group)).thenThrow(refusal);

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be removed from group 'jira-local-users': "
                        + "the directory 'Jira Internal Directory' does not allow it (group is read-only)")
                .hasCause(refusal);
    }

    @Test
    void removeFromGroup_failsWhenCrowdNoLongerFindsTheUser() throws Exception {
        // given
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group))
                .thenThrow(new UserNotFoundException("alice"));

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' no longer exists");
    }

    @Test
    void removeFromGroup_failsWhenCrowdNoLongerFindsTheGroup() throws Exception {
        // given
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group))
                .thenThrow(new GroupNotFoundException("jira-local-users"));

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("group 'jira-local-users' no longer exists");
    }

    @Test
    void removeFromGroup_failsWithCrowdsMessageWhenTheOperationFails() throws Exception {
        // given
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group))
                .thenThrow(new OperationFailedException("could not write membership"));

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be removed from group 'jira-local-users': "
                        + "could not write membership");
    }

    @Test
    void removeFromGroup_failsWhenUserIsNoLongerADirectMember() throws Exception {
        // given
        when(jira.crowdService.removeUserFromGroup(alice.getDirectoryUser(), group)).thenReturn(false);

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' is no longer a direct member of group 'jira-local-users'");
    }

    @Test
    void removeFromGroup_goesAheadWhenJiraNoLongerKnowsTheUsersDirectory() throws Exception {
        // given
        ApplicationUser dave = jira.user("dave", 99L);
        when(jira.crowdService.removeUserFromGroup(dave.getDirectoryUser(), group)).thenReturn(true);

        // when / then
        assertThatCode(() -> jira.directory.removeFromGroup("dave", "jira-local-users"))
                .doesNotThrowAnyException();
        verify(jira.crowdService).removeUserFromGroup(dave.getDirectoryUser(), group);
    }

    @Test
    void removeFromGroup_failsWithAccessExceptionWhenJiraCannotBeRead() throws Exception {
        // given
        when(jira.userManager.getUserByName("alice")).thenThrow(new IllegalStateException("database unavailable"));

        // when / then
        assertThatThrownBy(() -> jira.directory.removeFromGroup("alice", "jira-local-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the user 'alice': database unavailable");
        verify(jira.crowdService, never()).removeUserFromGroup(any(), any());
    }
}
