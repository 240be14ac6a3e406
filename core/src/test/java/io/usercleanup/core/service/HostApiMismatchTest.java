package io.usercleanup.core.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostApiMismatchTest {
    private static final String END = ". Install the version of the app built for this product and its version.";
    private static final String START = "The API of the installed product does not match this version of the app: ";

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
    void namesNoProduct_whicheverProductsMemberFailed() {
        assertThat(HostApiMismatch.message(new NoSuchMethodError(
                "'void com.atlassian.confluence.user.UserAccessor.deactivateUser(com.atlassian.user.User)'")))
                .isEqualTo(START + "NoSuchMethodError"
                        + " 'void com.atlassian.confluence.user.UserAccessor.deactivateUser(com.atlassian.user.User)'" + END);
        assertThat(HostApiMismatch.message(new NoClassDefFoundError("net/java/ao/DBParam")))
                .isEqualTo(START + "NoClassDefFoundError net/java/ao/DBParam" + END);
    }
}
