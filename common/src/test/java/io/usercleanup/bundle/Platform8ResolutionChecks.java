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
 * {@link BundleResolutionChecks} for a Platform 8 host, which exports the jakarta packages and none
 * of {@code javax.servlet}, {@code javax.ws.rs}, {@code javax.inject}: the Platform 8 bundle
 * resolves there, a servlet API of another major version does not satisfy it, and the Platform 7
 * bundle it was made from ({@code platform7.bundle.jar}) does not resolve, so that a javax import
 * left over would fail.
 */
public abstract class Platform8ResolutionChecks extends BundleResolutionChecks {

    /** The host packages of these pages for this product, less Platform 7's Java EE packages. */
    protected static List<HostPackage> platform8Packages(List<Path> pages, java.util.function.Predicate<HostPackage> product)
            throws Exception {
        List<HostPackage> packages = BundleFacts.read(pages, product.and(p -> !BundleFacts.isJavaxEe(p))).hostPackages();
        assertThat(packages).extracting(HostPackage::name).contains("jakarta.servlet.http", "jakarta.ws.rs", "jakarta.inject")
                .noneMatch(name -> name.startsWith("javax.servlet") || name.startsWith("javax.ws.rs")
                        || name.equals("javax.inject"));
        return packages;
    }

    @Test
    void aServletApiOfAnotherMajorVersion_failsResolution(@TempDir Path storage) throws Exception {
        FelixResolution resolution = resolve(withVersion("jakarta.servlet.http", "7.0.0"), storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("jakarta.servlet.http");
    }

    @Test
    void thePlatform7Bundle_doesNotResolveOnPlatform8_namingAJavaxPackage(@TempDir Path storage) throws Exception {
        Path platform7 = Path.of(System.getProperty("platform7.bundle.jar", "target/missing.jar"));
        assertThat(platform7).as("the Platform 7 bundle this one was made from").exists();

        FelixResolution resolution = FelixResolution.resolve(platform7, hostPackages(), storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("osgi.wiring.package=javax.servlet.http");
    }
}
