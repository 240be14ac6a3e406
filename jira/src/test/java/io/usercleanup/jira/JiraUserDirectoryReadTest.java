package io.usercleanup.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.exception.runtime.OperationFailedException;
import com.atlassian.crowd.model.DirectoryEntity;
import com.atlassian.jira.application.ApplicationRole;
import io.usercleanup.core.directory.ApplicationInfo;
import io.usercleanup.core.directory.DirectoryAccessException;
import io.usercleanup.core.directory.DirectoryInfo;
import io.usercleanup.core.directory.DirectoryKind;
import io.usercleanup.core.directory.GroupInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

class JiraUserDirectoryReadTest {
    private final JiraFixture jira = new JiraFixture();

    @Test
    void directories_listsEveryDirectoryInCrowdOrderWithKindAndReadOnly() {
        // given
        jira.internalDirectory();
        jira.directory(JiraFixture.ENTRA, "Microsoft Entra ID", DirectoryType.AZURE_AD);
        jira.directory(JiraFixture.LDAP, "Corporate LDAP", DirectoryType.CONNECTOR, OperationType.UPDATE_GROUP);

        // when
        List<DirectoryInfo> directories = jira.directory.directories();

        // then
        assertThat(directories).containsExactly(
                new DirectoryInfo(JiraFixture.INTERNAL, "Jira Internal Directory", DirectoryKind.INTERNAL, false),
                new DirectoryInfo(JiraFixture.ENTRA, "Microsoft Entra ID", DirectoryKind.AZURE_AD, true),
                new DirectoryInfo(JiraFixture.LDAP, "Corporate LDAP", DirectoryKind.CONNECTOR, false));
    }

    @Test
    void directories_failsWithAccessExceptionWhenJiraThrows() {
        // given
        OperationFailedException failure = new OperationFailedException("database unavailable");
        when(jira.directoryService.findAllDirectories()).thenThrow(failure);

        // when / then
        assertThatThrownBy(() -> jira.directory.directories())
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the user directories: database unavailable")
                .hasCause(failure);
    }

    @Test
    void findGroup_locatesGroupInTheDirectoryOfItsMembers() {
        // given
        jira.user("alice", JiraFixture.ENTRA);
        jira.group("jira-software-users");
        when(jira.groupManager.getNamesOfDirectMembersOfGroups(List.of("jira-software-users"), 1))
                .thenReturn(List.of("alice"));

        // when
        Optional<GroupInfo> group = jira.directory.findGroup("jira-software-users");

        // then
        assertThat(group).contains(new GroupInfo("jira-software-users", JiraFixture.ENTRA));
    }

    @Test
    void findGroup_takesTheDirectoryOfAGroupThatNamesIt() {
        // given
        Group group = mock(Group.class, withSettings().extraInterfaces(DirectoryEntity.class));
        when(group.getName()).thenReturn("jira-local-users");
        when(((DirectoryEntity) group).getDirectoryId()).thenReturn(JiraFixture.INTERNAL);
        jira.register("jira-local-users", group);

        // when
        Optional<GroupInfo> found = jira.directory.findGroup("jira-local-users");

        // then
        assertThat(found).contains(new GroupInfo("jira-local-users", JiraFixture.INTERNAL));
    }

    @Test
    void findGroup_returnsJirasSpellingOfTheName() {
        // given
        Group group = jira.group("Jira-Software-Users");
        jira.register("jira-software-users", group);

        // when
        Optional<GroupInfo> found = jira.directory.findGroup("jira-software-users");

        // then
        assertThat(found).map(GroupInfo::name).contains("Jira-Software-Users");
    }

    @Test
    void findGroup_leavesDirectoryUnknownForGroupWithoutMembers() {
        // given
        jira.group("empty-group");
        when(jira.groupManager.getNamesOfDirectMembersOfGroups(anyCollection(), anyInt())).thenReturn(List.of());

        // when
        Optional<GroupInfo> group = jira.directory.findGroup("empty-group");

        // then
        assertThat(group).contains(new GroupInfo("empty-group", GroupDirectoryLocator.UNKNOWN_DIRECTORY));
    }

    @Test
    void findGroup_isEmptyWhenGroupDoesNotExist() {
        // when
        Optional<GroupInfo> group = jira.directory.findGroup("no-such-group");

        // then
        assertThat(group).isEmpty();
    }

    @Test
    void findGroup_failsWithAccessExceptionWhenJiraThrows() {
        // given
        IllegalStateException failure = new IllegalStateException("cache is being rebuilt");
        when(jira.groupManager.getGroup("jira-software-users")).thenThrow(failure);

        // when / then
        assertThatThrownBy(() -> jira.directory.findGroup("jira-software-users"))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessageContaining("group 'jira-software-users'")
                .hasMessageContaining("cache is being rebuilt")
                .hasCause(failure);
    }

    @Test
    void unknownUsernames_askJirasUserManagerOncePerName_andNameThoseItDoesNotKnow() {
        // given
        jira.user("alice", 1);

        // when
        Set<String> unknown = jira.directory.unknownUsernames(List.of("alice", "ghost", "GHOST"));

        // then
        assertThat(unknown).containsExactly("ghost");
    }

    @Test
    void unknownUsernames_failsWithAccessExceptionWhenJiraThrows() {
        // given
        when(jira.userManager.getUserByName("alice")).thenThrow(new IllegalStateException("boom"));

        // when / then
        assertThatThrownBy(() -> jira.directory.unknownUsernames(List.of("alice")))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the user 'alice': boom");
    }

    @Test
    void findGroupNames_asksSalsPrefixSearchForThePage_andKeepsItsOrder() {
        // given
        when(jira.salUserManager.findGroupNamesByPrefix("JIRA-", 100, 2))
                .thenReturn(List.of("Jira-Administrators", "jira-software-users"));

        // when
        List<String> names = jira.directory.findGroupNames("JIRA-", 100, 2);

        // then
        assertThat(names).containsExactly("Jira-Administrators", "jira-software-users");
        verify(jira.groupManager, never()).getAllGroups();
    }

    @Test
    void findGroupNames_takesNoMoreThanTheLimit_whenTheHostAnswersMore() {
        // given
        when(jira.salUserManager.findGroupNamesByPrefix("", 0, 2)).thenReturn(List.of("a", "b", "c"));

        // when
        List<String> names = jira.directory.findGroupNames(null, 0, 2);

        // then
        assertThat(names).containsExactly("a", "b");
    }

    @Test
    void findGroupNames_isEmptyForLimitZero_withoutAskingJira() {
        // when
        List<String> names = jira.directory.findGroupNames("jira", 0, 0);

        // then
        assertThat(names).isEmpty();
        verifyNoInteractions(jira.salUserManager);
    }

    @Test
    void findGroupNames_refusesANegativeStart() {
        assertThatThrownBy(() -> jira.directory.findGroupNames("jira", -1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void findGroupNames_failsWithAccessExceptionWhenJiraThrows() {
        // given
        when(jira.salUserManager.findGroupNamesByPrefix("jira", 0, 10)).thenThrow(new IllegalStateException("boom"));

        // when / then
        assertThatThrownBy(() -> jira.directory.findGroupNames("jira", 0, 10))
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the groups: boom");
    }

    @Test
    void applications_listsEveryRoleWithItsKeyNameAndSortedGroups() {
        // given
        ApplicationRole software = role("jira-software", "Jira Software", group("jira-software-users"),
                group("Jira-Developers"));
        ApplicationRole core = role("jira-core", "Jira Core", group("jira-core-users"));
        when(jira.roleManager.getRoles()).thenReturn(Set.of(software, core));

        // when
        List<ApplicationInfo> applications = jira.directory.applications();

        // then
        assertThat(applications).containsExactly(
                new ApplicationInfo("jira-core", "Jira Core", List.of("jira-core-users")),
                new ApplicationInfo("jira-software", "Jira Software",
                        List.of("Jira-Developers", "jira-software-users")));
    }

    @Test
    void applications_failsWithAccessExceptionWhenJiraThrows() {
        // given
        when(jira.roleManager.getRoles()).thenThrow(new IllegalStateException("licence not readable"));

        // when / then
        assertThatThrownBy(() -> jira.directory.applications())
                .isInstanceOf(DirectoryAccessException.class)
                .hasMessage("Jira failed while reading the applications: licence not readable");
    }

    private static Group group(String name) {
        Group group = mock(Group.class);
        when(group.getName()).thenReturn(name);
        return group;
    }

    private static ApplicationRole role(String key, String name, Group... groups) {
        ApplicationRole role = mock(ApplicationRole.class);
        when(role.getKey()).thenReturn(ApplicationKey.valueOf(key));
        when(role.getName()).thenReturn(name);
        when(role.getGroups()).thenReturn(Set.of(groups));
        return role;
    }
}
