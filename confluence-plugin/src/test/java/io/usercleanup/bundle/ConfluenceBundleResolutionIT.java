package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.HostPackage;

import java.util.List;

/**
 * Resolves the Confluence 9 bundle against the shared host packages of
 * {@code docs/atlassian-api-facts.md} (not Jira's) and Confluence's of
 * {@code docs/confluence-api-facts.md} ({@link BundleResolutionChecks}).
 */
class ConfluenceBundleResolutionIT extends BundleResolutionChecks {
    @Override
    protected List<HostPackage> hostPackages() throws Exception {
        return BundleFacts.read(List.of(BundleFacts.SHARED, BundleFacts.CONFLUENCE), p -> !BundleFacts.isJiras(p))
                .hostPackages();
    }

    @Override
    protected String aRequiredHostPackage() {
        return "com.atlassian.confluence.user";
    }
}
