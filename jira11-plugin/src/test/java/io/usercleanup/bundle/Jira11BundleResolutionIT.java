package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.HostPackage;

import java.util.List;

/**
 * Resolves the Jira 11 bundle against the shared host packages and Platform 8's jakarta ones
 * ({@code docs/platform8-api-facts.md}), with no javax Java EE package exported
 * ({@link Platform8ResolutionChecks}).
 */
class Jira11BundleResolutionIT extends Platform8ResolutionChecks {
    @Override
    protected List<HostPackage> hostPackages() throws Exception {
        return platform8Packages(List.of(BundleFacts.SHARED, BundleFacts.PLATFORM_8), p -> true);
    }

    @Override
    protected String aRequiredHostPackage() {
        return "com.atlassian.jira.bc.user";
    }
}
