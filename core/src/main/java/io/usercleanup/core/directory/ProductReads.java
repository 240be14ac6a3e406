package io.usercleanup.core.directory;

import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * The named groups as the product looks them up, once each (names compared ignoring case, the
     * first spelling kept), in the order named; a group the product does not have stops the read.
     *
     * @param lookup the product's group by name, {@code null} when there is none
     */
    public <G> List<G> existingGroups(Collection<String> groupNames, Function<String, G> lookup) {
        Map<String, G> groups = new LinkedHashMap<>();
        for (String name : groupNames) {
            if (groups.containsKey(Names.key(name))) {
                continue;
            }
            G group = read("the group '" + name + "'", () -> lookup.apply(name));
            if (group == null) {
                throw new DirectoryAccessException("The group '" + name + "' does not exist in " + product);
            }
            groups.put(Names.key(name), group);
        }
        return new ArrayList<>(groups.values());
    }

    /** The exception's message, or its type when it has none. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
