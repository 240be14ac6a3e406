package io.usercleanup.devhost.jira;

import com.atlassian.crowd.embedded.api.CrowdDirectoryService;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.embedded.api.DirectoryType;
import com.atlassian.crowd.embedded.api.OperationType;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.runtime.GroupNotFoundException;
import com.atlassian.crowd.exception.runtime.UserNotFoundException;
import com.atlassian.crowd.model.user.TimestampedUser;
import com.atlassian.jira.bc.user.UserService;
import com.atlassian.jira.user.ApplicationUser;
import io.usercleanup.devhost.jira.TestDatabases.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crowd's services and Jira's user service, called directly, behave as Jira's do. */
class CrowdServicesTest {
    @BeforeAll
    static void freshTables() {
        TestDatabases.resetTables();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void directoryService_listsDirectoriesWithTheirAllowedOperations(TestDatabase database) {
        // given
        CrowdDirectoryService service = SampleFixture.loadedInto(database).crowdDirectoryService();

        // when
        Directory internal = service.findDirectoryById(1);
        Directory entra = service.findDirectoryByName("microsoft entra id");

        // then
        assertThat(service.findAllDirectories()).extracting(Directory::getId).containsExactly(1L, 10000L, 20000L);
        assertThat(internal.getAllowedOperations()).isEqualTo(EnumSet.allOf(OperationType.class));
        assertThat(entra.getAllowedOperations()).isEmpty();
        assertThat(entra.getType()).isEqualTo(DirectoryType.AZURE_AD);
        assertThat(entra.getImplementationClass()).isEqualTo("com.atlassian.crowd.directory.AzureAdDirectory");
        assertThat(entra.isActive()).isTrue();
        assertThat(service.findDirectoryById(999)).isNull();
        assertThat(service.isDirectorySynchronisable(1)).isFalse();
        assertThat(service.isDirectorySynchronisable(20000)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void crowdUsers_areTimestampedDirectoryEntities(TestDatabase database) {
        // given
        CrowdService crowd = SampleFixture.loadedInto(database).crowdService();

        // when
        TimestampedUser alice = (TimestampedUser) crowd.getUser("ALICE");

        // then
        assertThat(alice.getName()).isEqualTo("alice");
        assertThat(alice.getDirectoryId()).isEqualTo(10000);
        assertThat(alice.getCreatedDate()).isEqualTo(Date.from(Instant.parse("2024-01-10T08:00:00Z")));
        assertThat(alice.getFirstName()).isEqualTo("Alice");
        assertThat(alice.getLastName()).isEqualTo("Example");
        assertThat(alice.getExternalId()).isNotBlank();
        assertThat(((TimestampedUser) crowd.getUser("erin")).getCreatedDate()).isNull();
        assertThat(crowd.getUser("ghost")).isNull();
        assertThat(crowd.getGroup("ROBOTS").getName()).isEqualTo("robots");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void membership_followsNestedGroups_directMembershipDoesNot(TestDatabase database) {
        // given
        CrowdService crowd = SampleFixture.loadedInto(database).crowdService();

        // when / then
        assertThat(crowd.isUserMemberOfGroup("night-bot", "service-accounts")).isTrue();
        assertThat(crowd.isUserDirectGroupMember(crowd.getUser("night-bot"), crowd.getGroup("service-accounts"))).isFalse();
        assertThat(crowd.isUserDirectGroupMember(crowd.getUser("night-bot"), crowd.getGroup("nightly-robots"))).isTrue();
        assertThat(crowd.isUserMemberOfGroup("bob", "service-accounts")).isFalse();
        assertThat(crowd.isUserMemberOfGroup("ghost", "service-accounts")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void removeUserFromGroup_throwsCrowdsExceptions(TestDatabase database) throws Exception {
        // given
        CrowdService crowd = SampleFixture.loadedInto(database).crowdService();

        // when / then
        assertThatThrownBy(() -> crowd.removeUserFromGroup(crowd.getUser("alice"), crowd.getGroup("jira-software-users")))
                .isInstanceOf(OperationNotPermittedException.class)
                .hasMessage("Cannot update group 'jira-software-users' because directory 'Microsoft Entra ID'"
                        + " does not allow updates.");
        assertThatThrownBy(() -> crowd.removeUserFromGroup(new DevHostCrowdUser(1, 1, "ghost", true, null, null, null,
                null, null, null, null), crowd.getGroup("jira-local-users")))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessage("User <ghost> does not exist");
        assertThatThrownBy(() -> crowd.removeUserFromGroup(crowd.getUser("bob"), new DevHostGroup("gone")))
                .isInstanceOf(GroupNotFoundException.class)
                .hasMessage("Group <gone> does not exist");
        assertThat(crowd.removeUserFromGroup(crowd.getUser("bob"), crowd.getGroup("service-accounts"))).isFalse();
        assertThat(crowd.removeUserFromGroup(crowd.getUser("bob"), crowd.getGroup("jira-local-users"))).isTrue();
        assertThat(crowd.isUserMemberOfGroup("bob", "jira-local-users")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void userService_validatesAsJiraDoes(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);
        UserService users = jira.userService();
        ApplicationUser alice = jira.userManager().getUserByName("alice");
        ApplicationUser bob = jira.userManager().getUserByName("bob");
        jira.authenticationContext().setLoggedInUser(jira.userManager().getUserByName("admin"));

        // when
        UserService.UpdateUserValidationResult readOnly =
                users.validateUpdateUser(users.newUserBuilder(alice).active(false).build());
        UserService.UpdateUserValidationResult rename =
                users.validateUpdateUser(users.newUserBuilder(bob).name("robert").build());
        UserService.UpdateUserValidationResult fine =
                users.validateUpdateUser(users.newUserBuilder(bob).active(false).build());

        // then
        assertThat(readOnly.isValid()).isFalse();
        assertThat(readOnly.getErrorCollection().getErrorMessages()).containsExactly(DevHostUserService.READ_ONLY);
        assertThat(rename.getErrorCollection().getErrorMessages()).containsExactly(DevHostUserService.NO_RENAME);
        assertThat(fine.isValid()).isTrue();
        assertThatThrownBy(() -> users.updateUser(readOnly))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Invalid UpdateUserValidationResult");
        assertThat(bob.isActive()).isTrue();
        users.updateUser(fine);
        assertThat(jira.userManager().getUserByName("bob").isActive()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.usercleanup.devhost.jira.TestDatabases#all")
    void userService_updatesUsersOnlyForALoggedInAdministrator(TestDatabase database) {
        // given
        DevHostJira jira = SampleFixture.loadedInto(database);
        UserService users = jira.userService();
        ApplicationUser bob = jira.userManager().getUserByName("bob");
        ApplicationUser deactivatedBob = users.newUserBuilder(bob).active(false).build();

        // when
        UserService.UpdateUserValidationResult asNobody = users.validateUpdateUser(deactivatedBob);
        jira.authenticationContext().setLoggedInUser(jira.userManager().getUserByName("user"));
        UserService.UpdateUserValidationResult asUser = users.validateUpdateUser(deactivatedBob);
        jira.authenticationContext().clearLoggedInUser();

        // then
        assertThat(asNobody.getErrorCollection().getErrorMessages()).containsExactly(DevHostUserService.NO_PERMISSION);
        assertThat(asUser.getErrorCollection().getErrorMessages()).containsExactly(DevHostUserService.NO_PERMISSION);
        assertThat(jira.authenticationContext().getLoggedInUser()).isNull();
        assertThat(jira.userManager().getUserByName("bob").isActive()).isTrue();
    }
}
