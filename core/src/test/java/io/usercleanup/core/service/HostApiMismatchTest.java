package io.usercleanup.core.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostApiMismatchTest {
    private static final String END = ". Install the version of the app made for this Jira version.";
    private static final String START = "The installed Jira's API does not match this version of the app: ";

    @Test
    void namesTheErrorAndTheMemberItsMessageNames() {
        assertThat(HostApiMismatch.message(new AbstractMethodError(
                " 'void com.atlassian.jira.bc.user.UserService.updateUser(UpdateUserValidationResult)' ")))
                .isEqualTo(START + "AbstractMethodError 'void com.atlassian.jira.bc.user.UserService.updateUser("
                        + "UpdateUserValidationResult)'" + END);
    }

    @Test
    void failedStaticInitializer_namesWhatFailedInIt() {
        ExceptionInInitializerError error = new ExceptionInInitializerError(new IllegalStateException("no registry"));

        assertThat(HostApiMismatch.message(error))
                .isEqualTo(START + "ExceptionInInitializerError (IllegalStateException: no registry)" + END);
    }

    @Test
    void errorWithoutMessageOrCause_isNamedByItsType() {
        assertThat(HostApiMismatch.message(new NoClassDefFoundError())).isEqualTo(START + "NoClassDefFoundError" + END);
    }

    @Test
    void aConfluenceMember_namesConfluence_andASharedOneJira() {
        assertThat(HostApiMismatch.message(new NoSuchMethodError(
                "'void com.atlassian.confluence.user.UserAccessor.deactivateUser(com.atlassian.user.User)'")))
                .isEqualTo("The installed Confluence's API does not match this version of the app: NoSuchMethodError"
                        + " 'void com.atlassian.confluence.user.UserAccessor.deactivateUser(com.atlassian.user.User)'"
                        + ". Install the version of the app made for this Confluence version.");
        assertThat(HostApiMismatch.message(new NoClassDefFoundError("com/atlassian/user/Group")))
                .startsWith("The installed Confluence's API");
        assertThat(HostApiMismatch.message(new NoClassDefFoundError("net/java/ao/DBParam"))).startsWith(START);
    }
}
