package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.HostPackage;

import java.util.List;

/**
 * Resolves the Confluence 10 bundle against the shared host packages (not Jira's), Confluence's and
 * Platform 8's jakarta ones, with no javax Java EE package exported ({@link Platform8ResolutionChecks}).
 */
class Confluence10BundleResolutionIT extends Platform8ResolutionChecks {
    @Override
    protected List<HostPackage> hostPackages() throws Exception {
        return platform8Packages(List.of(BundleFacts.SHARED, BundleFacts.CONFLUENCE, BundleFacts.PLATFORM_8),
                p -> !BundleFacts.isJiras(p));
    }

    @Override
    protected String aRequiredHostPackage() {
        return "com.atlassian.confluence.user";
    }
}
