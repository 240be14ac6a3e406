package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.FelixResolution;
import io.usercleanup.bundle.conformance.HostPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolves the Jira 10 bundle against the host packages of {@code docs/atlassian-api-facts.md}
 * ({@link BundleResolutionChecks}), and a servlet API of the next major version must not satisfy it.
 */
class BundleResolutionIT extends BundleResolutionChecks {
    @Override
    protected List<HostPackage> hostPackages() throws Exception {
        return BundleFacts.read(List.of(BundleFacts.SHARED), p -> true).hostPackages();
    }

    @Override
    protected String aRequiredHostPackage() {
        return "com.atlassian.jira.bc.user";
    }

    @Test
    void anImportRangeTheHostVersionMisses_failsResolution(@TempDir Path storage) throws Exception {
        FelixResolution resolution = resolve(withVersion("javax.servlet.http", "5.0.0"), storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("javax.servlet.http");
    }
}
