package io.usercleanup.confluence;

import io.usercleanup.core.directory.DirectoryAccessException;

import java.util.function.Supplier;

/**
 * Runs reads against Confluence so that whatever Confluence throws reaches the cleanup as a
 * {@link DirectoryAccessException} saying what was being read, so that a run that cannot see the
 * directory stops with a reason an administrator can act on. Errors pass unchanged: a
 * {@link LinkageError} (Confluence's API does not match the app) is no failure to read.
 */
final class ConfluenceReads {
    private ConfluenceReads() {
    }

    static <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DirectoryAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DirectoryAccessException("Confluence failed while reading " + what + ": " + describe(e), e);
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
