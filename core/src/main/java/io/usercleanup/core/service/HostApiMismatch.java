package io.usercleanup.core.service;

/**
 * What a run says when a call into the host fails to link ({@link LinkageError}): the installed
 * Jira (or Confluence) lacks, or has changed, a class or member this version of the app was built against. Such
 * an error is not the run's fault and not one user's, and retrying will not help, so the run ends
 * {@code FAILED} with a message naming the member, which the JVM puts in the error's message (for
 * example {@code 'com.atlassian.jira.bc.user.ApplicationUserBuilder
 * com.atlassian.jira.bc.user.UserService.newUserBuilder(com.atlassian.jira.user.ApplicationUser)'}).
 */
public final class HostApiMismatch {
    private HostApiMismatch() {
    }

    /**
     * The run's message for the error. It names Confluence when the member is one of Confluence's
     * own ({@code com.atlassian.confluence}, or atlassian-user's {@code com.atlassian.user}), and
     * Jira otherwise: the core does not know which product runs it, and a member shared by both
     * (Crowd, SAL, Active Objects) does not tell.
     */
    public static String message(LinkageError error) {
        String described = describe(error);
        String product = namesConfluence(described) ? "Confluence" : "Jira";
        return "The installed " + product + "'s API does not match this version of the app: " + described
                + ". Install the version of the app made for this " + product + " version.";
    }

    private static boolean namesConfluence(String described) {
        return described.contains("com.atlassian.confluence.") || described.contains("com/atlassian/confluence/")
                || described.contains("com.atlassian.user.") || described.contains("com/atlassian/user/");
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
