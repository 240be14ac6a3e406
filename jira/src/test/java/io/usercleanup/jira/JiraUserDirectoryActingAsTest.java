package io.usercleanup.jira;

import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.directory.DirectoryAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The changes of a run are made with Jira's logged-in user switched to the acting administrator. */
class JiraUserDirectoryActingAsTest {
    private final JiraFixture jira = new JiraFixture();
    private ApplicationUser admin;

    @BeforeEach
    void anAdministratorExists() {
        jira.internalDirectory();
        admin = jira.user("admin", JiraFixture.INTERNAL);
    }

    @Test
    void actingAs_logsTheAdministratorInForTheChanges_andNobodyAfter() {
        // given
        List<String> changes = new ArrayList<>();

        // when
        jira.directory.actingAs("admin", () -> {
            verify(jira.authentication).setLoggedInUser(admin);
            verify(jira.authentication, never()).clearLoggedInUser();
            changes.add("change");
        });

        // then
        verify(jira.authentication).clearLoggedInUser();
        assertThat(changes).containsExactly("change");
    }

    @Test
    void actingAs_givesTheThreadBackItsOwnUser_evenWhenTheChangesFail() {
        // given
        ApplicationUser requester = jira.user("requester", JiraFixture.INTERNAL);
        when(jira.authentication.getLoggedInUser()).thenReturn(requester);

        // when
        assertThatThrownBy(() -> jira.directory.actingAs("admin", () -> {
            throw new IllegalStateException("lease lost");
        })).isInstanceOf(IllegalStateException.class).hasMessage("lease lost");

        // then
        InOrder order = inOrder(jira.authentication);
        order.verify(jira.authentication).setLoggedInUser(admin);
        order.verify(jira.authentication).setLoggedInUser(requester);
        verify(jira.authentication, never()).clearLoggedInUser();
    }

    @Test
    void actingAs_anAdministratorJiraDoesNotKnow_changesNothing() {
        // given
        List<String> changes = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> jira.directory.actingAs("bob", () -> changes.add("change")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("The cleanup makes its changes as 'bob', who is not a Jira user any more; an administrator"
                        + " who saves the cleanup again becomes the one its scheduled runs act as");
        assertThat(changes).isEmpty();
        verifyNoInteractions(jira.authentication);
    }

    @Test
    void actingAs_whenJiraFailsToFindTheAdministrator_saysWhatItWasReading() {
        // given
        when(jira.userManager.getUserByName("admin")).thenThrow(new IllegalStateException("database is down"));

        // when / then
        assertThatThrownBy(() -> jira.directory.actingAs("admin", () -> { }))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the user 'admin': database is down");
        verifyNoInteractions(jira.authentication);
    }

    @Test
    void actingAs_nobody_leavesTheThreadsUserAlone() {
        // given
        List<String> changes = new ArrayList<>();

        // when
        jira.directory.actingAs(null, () -> changes.add("change"));

        // then
        assertThat(changes).containsExactly("change");
        verifyNoInteractions(jira.authentication);
    }
}
