package io.usercleanup.confluence;

import io.usercleanup.core.directory.ProductReads;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The adapter's reads of Confluence, through the core's {@link ProductReads}. */
final class ConfluenceReads {
    private static final ProductReads READS = new ProductReads("Confluence");

    private ConfluenceReads() {
    }

    static <T> T read(String what, Supplier<T> call) {
        return READS.read(what, call);
    }

    static void run(String what, Runnable call) {
        READS.run(what, call);
    }

    static <G> List<G> existingGroups(Collection<String> groupNames, Function<String, G> lookup) {
        return READS.existingGroups(groupNames, lookup);
    }

    static String describe(Throwable e) {
        return ProductReads.describe(e);
    }
}
