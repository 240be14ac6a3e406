package io.usercleanup.bundle;

import java.io.IOException;
import java.util.List;

/**
 * The Confluence 10 bundle's Atlassian references against the shared, the Confluence and the
 * Platform 8 facts pages ({@link BundleConformanceChecks}); it links nothing of Jira's.
 */
class Confluence10BundleConformanceIT extends BundleConformanceChecks {
    @Override
    protected BundleFacts facts() throws IOException {
        return BundleFacts.read(List.of(BundleFacts.SHARED, BundleFacts.CONFLUENCE, BundleFacts.PLATFORM_8),
                p -> !BundleFacts.isJiras(p));
    }

    @Override
    protected List<String> ownersItLinks() {
        return List.of("com/atlassian/confluence/user/UserAccessor", "com/atlassian/user/search/page/Pager",
                "com/atlassian/activeobjects/external/ActiveObjects", "com/atlassian/sal/api/websudo/WebSudoManager");
    }

    @Override
    protected String otherProductPrefix() {
        return "com/atlassian/jira/";
    }
}
