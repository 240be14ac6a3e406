package io.usercleanup.core.directory;

import java.util.function.Supplier;

/**
 * Runs a product adapter's reads so that whatever the product throws reaches the cleanup as a
 * {@link DirectoryAccessException} saying what was being read: a run that cannot see the
 * directory must stop with a reason an administrator can act on, not with a bare stack trace.
 * Errors pass unchanged: a {@link LinkageError} (the product's API does not match the app) is no
 * failure to read, and the run that meets it says so itself. Each adapter keeps one, named for
 * its product.
 */
public final class ProductReads {
    private final String product;

    /** Reads of the named product ("Jira", "Confluence"), as its messages name it. */
    public ProductReads(String product) {
        this.product = product;
    }

    /** The call's result; a runtime exception becomes a {@link DirectoryAccessException} naming {@code what}. */
    public <T> T read(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DirectoryAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DirectoryAccessException(product + " failed while reading " + what + ": " + describe(e), e);
        }
    }

    /** As {@link #read}, for a call without a result. */
    public void run(String what, Runnable call) {
        read(what, () -> {
            call.run();
            return null;
        });
    }

    /** The exception's message, or its type when it has none. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
