package io.usercleanup.core.service;

/**
 * What a run says when a call into the host fails to link ({@link LinkageError}): the installed
 * product lacks, or has changed, a class or member this version of the app was built against. Such
 * an error is not the run's fault and not one user's, and retrying will not help, so the run ends
 * {@code FAILED} with a message naming the member, which the JVM puts in the error's message (for
 * example {@code 'com.atlassian.jira.bc.user.ApplicationUserBuilder
 * com.atlassian.jira.bc.user.UserService.newUserBuilder(com.atlassian.jira.user.ApplicationUser)'}).
 */
public final class HostApiMismatch {
    /** How the message starts, for whoever recognises it. */
    public static final String PREFIX = "The API of the installed product does not match this version of the app: ";
    private static final String SUFFIX = ". Install the version of the app built for this product and its version.";
    private HostApiMismatch() {
    }

    /**
     * The run's message for the error. It names no product: the core does not know which one runs
     * it, and the member it names (a Jira, Confluence or shared one) tells the administrator more.
     */
    public static String message(LinkageError error) {
        return PREFIX + describe(error) + SUFFIX;
    }

    /** The error's type and the member it names; for a failed static initializer, what failed in it. */
    private static String describe(LinkageError error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        String member = error.getMessage();
        if (member != null && !member.isBlank()) {
            text.append(' ').append(member.strip());
        }
        Throwable cause = error.getCause();
        if (cause != null && cause != error && (member == null || member.isBlank())) {
            text.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                text.append(": ").append(cause.getMessage().strip());
            }
            text.append(')');
        }
        return text.toString();
    }
}
