package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.ApiFact;
import io.usercleanup.bundle.conformance.ApiFactsFile;
import io.usercleanup.bundle.conformance.HostPackage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one product's bundle may link and import: the facts of several facts pages (a later page's
 * line for the same member replaces an earlier one, as it says more about that product or platform)
 * and the host packages of those pages that the product's host exports.
 */
public final class BundleFacts {
    /** The shared page of {@code docs/}, seen from a module's folder, where the tests run. */
    public static final Path SHARED = ApiFactsFile.DEFAULT;
    /** Confluence's page. */
    public static final Path CONFLUENCE = Path.of("../docs/confluence-api-facts.md");
    /** Platform 8's page (Jira 11, Confluence 10): the jakarta members and host packages. */
    public static final Path PLATFORM_8 = Path.of("../docs/platform8-api-facts.md");

    private final Map<String, ApiFact> facts = new LinkedHashMap<>();
    private final List<HostPackage> hostPackages = new ArrayList<>();

    private BundleFacts() {
    }

    /**
     * Reads the pages in order; each must be well-formed. Only the host packages {@code exported}
     * accepts are kept.
     */
    public static BundleFacts read(List<Path> pages, Predicate<HostPackage> exported) throws IOException {
        BundleFacts all = new BundleFacts();
        for (Path page : pages) {
            ApiFactsFile file = ApiFactsFile.read(page);
            assertThat(file.problems()).as("format problems in " + page).isEmpty();
            all.facts.putAll(file.facts());
            file.hostPackages().stream().filter(exported).forEach(all.hostPackages::add);
        }
        return all;
    }

    /** Whether a host package is one of Platform 7's Java EE packages, which Platform 8 does not export. */
    public static boolean isJavaxEe(HostPackage p) {
        return p.name().startsWith("javax.servlet") || p.name().startsWith("javax.ws.rs")
                || p.name().equals("javax.inject");
    }

    /** Whether a host package is Jira's own API. */
    public static boolean isJiras(HostPackage p) {
        return p.name().startsWith("com.atlassian.jira.");
    }

    public Map<String, ApiFact> facts() {
        return facts;
    }

    public List<HostPackage> hostPackages() {
        return hostPackages;
    }
}
