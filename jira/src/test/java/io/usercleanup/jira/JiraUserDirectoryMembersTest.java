package io.usercleanup.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.model.user.TimestampedUser;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraUserDirectoryMembersTest {
    private static final Instant LAST_LOGIN = Instant.parse("2025-02-01T09:30:00Z");

    private final JiraFixture jira = new JiraFixture();
    private final List<DirectoryUser> emitted = new ArrayList<>();

    @Test
    void forEachDirectMember_emitsUserOfTwoGroupsOnceWithBothGroups() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        ApplicationUser bob = jira.user("bob", JiraFixture.ENTRA);
        jira.group("jira-software-users", alice, bob);
        jira.group("jira-core-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users", "jira-core-users"), emitted::add);

        // then
        assertThat(emitted).extracting(DirectoryUser::username).containsExactly("alice", "bob");
        assertThat(emitted.get(0).directGroups()).containsExactly("jira-software-users", "jira-core-users");
        assertThat(emitted.get(1).directGroups()).containsExactly("jira-software-users");
    }

    @Test
    void forEachDirectMember_tellsUsersApartIgnoringCase() {
        // given: Jira reports the same person with different spellings in two groups
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        ApplicationUser aliceUpper = jira.user("ALICE", JiraFixture.ENTRA);
        jira.group("jira-software-users", alice);
        jira.group("jira-core-users", aliceUpper);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users", "jira-core-users"), emitted::add);

        // then
        assertThat(emitted).hasSize(1);
        assertThat(emitted.get(0).directGroups()).containsExactly("jira-software-users", "jira-core-users");
    }

    @Test
    void forEachDirectMember_readsAGroupNamedTwiceInDifferentCaseOnce() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        Group group = jira.group("jira-software-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users", "JIRA-SOFTWARE-USERS"), emitted::add);

        // then
        assertThat(emitted).singleElement()
                .satisfies(user -> assertThat(user.directGroups()).containsExactly("jira-software-users"));
        verify(jira.groupManager, times(1)).getDirectUsersInGroup(group);
    }

    @Test
    void forEachDirectMember_mapsNameEmailDirectoryActivityAndLastLogin() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        when(alice.isActive()).thenReturn(false);
        jira.lastLogin("alice", LAST_LOGIN.toEpochMilli());
        jira.group("jira-software-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add);

        // then
        assertThat(emitted).containsExactly(new DirectoryUser("alice", "Display alice", "alice@example.com",
                JiraFixture.ENTRA, false, null, LAST_LOGIN, List.of("jira-software-users")));
    }

    @Test
    void forEachDirectMember_readsCreatedDateOfUsersKeptInJirasDatabase() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.INTERNAL);
        TimestampedUser internalUser = mock(TimestampedUser.class);
        Instant created = Instant.parse("2024-01-10T08:00:00Z");
        when(internalUser.getCreatedDate()).thenReturn(new Timestamp(created.toEpochMilli()));
        when(alice.getDirectoryUser()).thenReturn(internalUser);
        jira.group("jira-local-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-local-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::created).isEqualTo(created);
    }

    @Test
    void forEachDirectMember_readsCreatedDateEvenWhenItIsASqlDate() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.INTERNAL);
        TimestampedUser internalUser = mock(TimestampedUser.class);
        java.sql.Date created = java.sql.Date.valueOf("2024-01-10");
        when(internalUser.getCreatedDate()).thenReturn(created);
        when(alice.getDirectoryUser()).thenReturn(internalUser);
        jira.group("jira-local-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-local-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::created)
                .isEqualTo(Instant.ofEpochMilli(created.getTime()));
    }

    @Test
    void forEachDirectMember_leavesCreatedDateUnknownWhenTheDirectoryDoesNotRecordIt() {
        // given: an LDAP or Entra ID user is not a TimestampedUser
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        jira.group("jira-software-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::created).isNull();
    }

    @Test
    void forEachDirectMember_leavesCreatedDateUnknownWhenTheDirectoryUserHasNone() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.INTERNAL);
        when(alice.getDirectoryUser()).thenReturn(mock(TimestampedUser.class));
        jira.group("jira-local-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-local-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::created).isNull();
    }

    @Test
    void forEachDirectMember_reportsUserWhoNeverLoggedInWithoutLastLogin() {
        // given
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        jira.lastLogin("alice", null);
        jira.group("jira-software-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::lastLogin).isNull();
    }

    @Test
    void forEachDirectMember_reportsUserWithoutLoginRecordWithoutLastLogin() {
        // given: no LoginInfo at all
        ApplicationUser alice = jira.user("alice", JiraFixture.ENTRA);
        jira.group("jira-software-users", alice);

        // when
        jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add);

        // then
        assertThat(emitted).singleElement().extracting(DirectoryUser::lastLogin).isNull();
    }

    @Test
    void forEachDirectMember_failsNamingAMissingGroupBeforeEmittingAnyone() {
        // given
        jira.group("jira-software-users", jira.user("alice", JiraFixture.ENTRA));

        // when / then
        assertThatThrownBy(() -> jira.directory.forEachDirectMember(
                List.of("jira-software-users", "retired-group"), emitted::add))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("The group 'retired-group' does not exist in Jira");
        assertThat(emitted).isEmpty();
    }

    @Test
    void forEachDirectMember_failsWithAccessExceptionWhenJiraThrowsReadingMembers() {
        // given
        Group group = jira.group("jira-software-users");
        IllegalStateException failure = new IllegalStateException("LDAP connection refused");
        when(jira.groupManager.getDirectUsersInGroup(group)).thenThrow(failure);

        // when / then
        assertThatThrownBy(() -> jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the direct members of group 'jira-software-users': "
                        + "LDAP connection refused")
                .hasCause(failure);
    }

    @Test
    void forEachDirectMember_failsWithAccessExceptionWhenLoginInfoCannotBeRead() {
        // given
        jira.group("jira-software-users", jira.user("alice", JiraFixture.ENTRA));
        when(jira.loginService.getLoginInfo("alice")).thenThrow(new IllegalStateException("no database"));

        // when / then
        assertThatThrownBy(() -> jira.directory.forEachDirectMember(List.of("jira-software-users"), emitted::add))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the user 'alice': no database");
    }

    @Test
    void forEachDirectMember_passesFailuresOfTheConsumerThroughUnchanged() {
        // given
        jira.group("jira-software-users", jira.user("alice", JiraFixture.ENTRA));
        IllegalStateException consumerFailure = new IllegalStateException("store is full");

        // when / then
        assertThatThrownBy(() -> jira.directory.forEachDirectMember(List.of("jira-software-users"), user -> {
            throw consumerFailure;
        })).isSameAs(consumerFailure);
    }

    @Test
    void memberKeysIncludingNested_returnsLowerCasedEffectiveMembersOfEveryGroup() {
        // given
        Group admins = jira.group("emergency-admins");
        Group services = jira.group("service-accounts");
        when(jira.groupManager.getUserNamesInGroup(admins)).thenReturn(List.of("Admin", "breakglass"));
        when(jira.groupManager.getUserNamesInGroup(services)).thenReturn(List.of("ci-bot", "ADMIN"));

        // when
        Set<String> keys = jira.directory.memberKeysIncludingNested(List.of("emergency-admins", "service-accounts"));

        // then
        assertThat(keys).containsExactlyInAnyOrder("admin", "breakglass", "ci-bot");
        verify(jira.groupManager, never()).getDirectUsersInGroup(any());
    }

    @Test
    void memberKeysIncludingNested_failsNamingAMissingGroup() {
        // when / then
        assertThatThrownBy(() -> jira.directory.memberKeysIncludingNested(List.of("service-accounts")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("The group 'service-accounts' does not exist in Jira");
    }

    @Test
    void memberKeysIncludingNested_failsWithAccessExceptionWhenJiraThrows() {
        // given
        Group services = jira.group("service-accounts");
        IllegalStateException failure = new IllegalStateException("timeout");
        when(jira.groupManager.getUserNamesInGroup(services)).thenThrow(failure);

        // when / then
        assertThatThrownBy(() -> jira.directory.memberKeysIncludingNested(List.of("service-accounts")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the members of group 'service-accounts': timeout")
                .hasCause(failure);
    }
}
