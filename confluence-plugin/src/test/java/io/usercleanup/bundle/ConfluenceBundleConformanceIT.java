package io.usercleanup.bundle;

import java.io.IOException;
import java.util.List;

/**
 * The Confluence 9 bundle's Atlassian references against {@code docs/confluence-api-facts.md}
 * (Confluence, atlassian-user, Crowd and SAL as Confluence ships them) and the shared
 * {@code docs/atlassian-api-facts.md} ({@link BundleConformanceChecks}); it links nothing of Jira's.
 */
class ConfluenceBundleConformanceIT extends BundleConformanceChecks {
    /** What the Confluence bundle is known to link. */
    static final List<String> CONFLUENCE_OWNERS = List.of("com/atlassian/confluence/user/UserAccessor",
            "com/atlassian/confluence/user/AuthenticatedUserThreadLocal", "com/atlassian/user/search/page/Pager",
            "com/atlassian/activeobjects/external/ActiveObjects", "com/atlassian/sal/api/user/UserManager");

    @Override
    protected BundleFacts facts() throws IOException {
        return BundleFacts.read(List.of(BundleFacts.SHARED, BundleFacts.CONFLUENCE), p -> !BundleFacts.isJiras(p));
    }

    @Override
    protected List<String> ownersItLinks() {
        return CONFLUENCE_OWNERS;
    }

    @Override
    protected String otherProductPrefix() {
        return "com/atlassian/jira/";
    }
}
