package io.usercleanup.bundle;

import java.io.IOException;
import java.util.List;

/**
 * The Jira 11 bundle's Atlassian references against the shared {@code docs/atlassian-api-facts.md}
 * and, for the members whose descriptors name a jakarta type, {@code docs/platform8-api-facts.md}
 * ({@link BundleConformanceChecks}).
 */
class Jira11BundleConformanceIT extends BundleConformanceChecks {
    @Override
    protected BundleFacts facts() throws IOException {
        return BundleFacts.read(List.of(BundleFacts.SHARED, BundleFacts.PLATFORM_8), p -> true);
    }

    @Override
    protected List<String> ownersItLinks() {
        return List.of("com/atlassian/activeobjects/external/ActiveObjects", "com/atlassian/sal/api/websudo/WebSudoManager",
                "com/atlassian/jira/bc/user/ApplicationUserBuilder");
    }

    @Override
    protected String otherProductPrefix() {
        return "com/atlassian/confluence/";
    }
}
