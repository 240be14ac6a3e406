package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.jira.bc.user.UserService.UpdateUserValidationResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.bc.user.ApplicationUserBuilder;
import com.atlassian.jira.util.ErrorCollection;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryChangeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraUserDirectoryDeactivateTest {
    private final JiraFixture jira = new JiraFixture();
    private final ApplicationUserBuilder builder = mock(ApplicationUserBuilder.class);
    private final ApplicationUser deactivatedCopy = mock(ApplicationUser.class);
    private final UpdateUserValidationResult validation = mock(UpdateUserValidationResult.class);
    private ApplicationUser alice;

    @BeforeEach
    void aliceIsAnUpdatableActiveUser() {
        jira.internalDirectory();
        alice = jira.user("alice", JiraFixture.INTERNAL);
        when(jira.userManager.canUpdateUser(alice)).thenReturn(true);
        when(jira.userService.newUserBuilder(alice)).thenReturn(builder);
        when(builder.active(false)).thenReturn(builder);
        when(builder.build()).thenReturn(deactivatedCopy);
        when(jira.userService.validateUpdateUser(deactivatedCopy)).thenReturn(validation);
        when(validation.isValid()).thenReturn(true);
    }

    @Test
    void deactivate_updatesAnInactiveCopyOfTheUserThroughUserService() throws Exception {
        // when
        jira.directory.deactivate("alice");

        // then
        InOrder order = inOrder(builder, jira.userService);
        order.verify(builder).active(false);
        order.verify(jira.userService).validateUpdateUser(deactivatedCopy);
        order.verify(jira.userService).updateUser(validation);
    }

    @Test
    void deactivate_failsWhenUserIsGone() {
        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("carol"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'carol' no longer exists");
        verifyNoInteractions(jira.userService);
    }

    @Test
    void deactivate_failsWhenDirectoryReadOnly() {
        // given
        jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR);
        ApplicationUser bob = jira.user("bob", JiraFixture.LDAP);
        when(jira.userManager.canUpdateUser(bob)).thenReturn(false);

        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("bob"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'bob' cannot be deactivated: directory 'Corporate LDAP' is read-only");
        verifyNoInteractions(jira.userService);
    }

    @Test
    void deactivate_failsWithJirasValidationErrors() {
        // given
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You cannot deactivate a project lead."));
        when(errors.getErrors()).thenReturn(Map.of("active", "alice leads the project 'Payments'."));
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);

        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be deactivated: Jira refused it: "
                        + "You cannot deactivate a project lead.; alice leads the project 'Payments'.");
        verify(jira.userService, never()).updateUser(any());
    }

    @Test
    void deactivate_saysSoWhenJiraRefusesWithoutAReason() {
        // given
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(errors.getErrors()).thenReturn(Map.of());
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);

        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be deactivated: Jira refused it: no reason given");
    }

    @Test
    void deactivate_failsWithJirasMessageWhenTheUpdateFails() {
        // given
        doThrow(new OperationFailedException("directory is synchronising"))
                .when(jira.userService).updateUser(validation);

        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("alice"))
                .isInstanceOf(DirectoryChangeException.class)
                .hasMessage("user 'alice' cannot be deactivated: directory is synchronising");
    }

    @Test
    void deactivate_leavesAnAlreadyDeactivatedUserAlone() throws Exception {
        // given
        when(alice.isActive()).thenReturn(false);

        // when
        jira.directory.deactivate("alice");

        // then
        verifyNoInteractions(jira.userService);
    }

    @Test
    void deactivate_failsWithAccessExceptionWhenJiraCannotBeRead() {
        // given
        when(jira.userManager.canUpdateUser(alice)).thenThrow(new IllegalStateException("no database"));

        // when / then
        assertThatThrownBy(() -> jira.directory.deactivate("alice"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading whether user 'alice' can be updated: no database");
        verifyNoInteractions(jira.userService);
    }
}
