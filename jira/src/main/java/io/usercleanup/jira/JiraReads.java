package io.usercleanup.jira;

import io.usercleanup.core.directory.DirectoryAccessException;

import java.util.function.Supplier;

/**
 * Runs reads against Jira so that whatever Jira throws reaches the cleanup as a
 * {@link DirectoryAccessException} saying what was being read: a run that cannot see the
 * directory must stop with a reason an administrator can act on, not with a bare stack trace.
 * Errors pass unchanged: a {@link LinkageError} (Jira's API does not match the app) is no failure
 * to read, and the run that meets it says so itself.
 */
final class JiraReads {
    private JiraReads() {
    }

    static <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DirectoryAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DirectoryAccessException("Jira failed while reading " + what + ": " + describe(e), e);
        }
    }

    static void run(String what, Runnable call) {
        read(what, () -> {
            call.run();
            return null;
        });
    }

    /** The exception's message, or its type when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
