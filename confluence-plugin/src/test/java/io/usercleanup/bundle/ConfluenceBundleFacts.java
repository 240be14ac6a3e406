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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Confluence bundle may link and import: the facts of {@code docs/confluence-api-facts.md}
 * (Confluence, atlassian-user, Crowd and SAL as Confluence ships them) together with the shared
 * facts of {@code docs/atlassian-api-facts.md}, and the host packages of both pages but Jira's.
 */
final class ConfluenceBundleFacts {
    static final Path CONFLUENCE = Path.of("../docs/confluence-api-facts.md");

    final Map<String, ApiFact> facts = new LinkedHashMap<>();
    final List<HostPackage> hostPackages = new ArrayList<>();

    private ConfluenceBundleFacts() {
    }

    static ConfluenceBundleFacts read() throws IOException {
        ConfluenceBundleFacts both = new ConfluenceBundleFacts();
        for (Path page : List.of(ApiFactsFile.DEFAULT, CONFLUENCE)) {
            ApiFactsFile file = ApiFactsFile.read(page);
            assertThat(file.problems()).as("format problems in " + page).isEmpty();
            // A line of the Confluence page says more about Confluence than the shared one.
            both.facts.putAll(file.facts());
            file.hostPackages().stream().filter(p -> !p.name().startsWith("com.atlassian.jira."))
                    .forEach(both.hostPackages::add);
        }
        return both;
    }
}
