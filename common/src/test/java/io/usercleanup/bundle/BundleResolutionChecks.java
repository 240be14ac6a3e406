package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.FelixResolution;
import io.usercleanup.bundle.conformance.HostPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolves a built bundle ({@code bundle.jar}) in Apache Felix, the system bundle exporting the
 * host packages of its facts pages at the versions given there: its {@code Import-Package} must be
 * satisfiable by what the host exports, and leaving out a package it needs must make it fail,
 * naming the package. Each product's and platform's bundle test extends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BundleResolutionChecks {
    private List<HostPackage> hostPackages;
    private Path jar;

    /** What the host exports. */
    protected abstract List<HostPackage> hostPackages() throws Exception;

    /** A package the bundle needs from this host and no other product's host has. */
    protected abstract String aRequiredHostPackage();

    @BeforeAll
    void readTheFacts() throws Exception {
        jar = Path.of(System.getProperty("bundle.jar", "target/missing.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        hostPackages = hostPackages();
        assertThat(hostPackages).as("host packages in the facts pages").isNotEmpty();
    }

    /** Resolves the bundle with these packages exported. */
    protected FelixResolution resolve(List<HostPackage> exported, Path storage) throws Exception {
        return FelixResolution.resolve(jar, exported, storage);
    }

    /** The host's packages, the one named exported at another version. */
    protected List<HostPackage> withVersion(String name, String version) {
        assertThat(hostPackages).extracting(HostPackage::name).contains(name);
        return hostPackages.stream()
                .map(p -> p.name().equals(name)
                        ? new HostPackage(p.name(), version, p.status(), p.hosts(), p.source(), p.note(), p.line())
                        : p)
                .toList();
    }

    @Test
    void theBundleResolves_againstTheHostsPackages(@TempDir Path storage) throws Exception {
        FelixResolution resolution = resolve(hostPackages, storage);

        assertThat(resolution.state())
                .as("bundle state (RESOLVED is " + Bundle.RESOLVED + "); unresolved:\n" + resolution.unresolved())
                .isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void withoutOneRequiredHostPackage_resolutionFails_namingIt(@TempDir Path storage) throws Exception {
        String missing = aRequiredHostPackage();
        List<HostPackage> withoutIt = hostPackages.stream().filter(p -> !p.name().equals(missing)).toList();
        assertThat(withoutIt).hasSize(hostPackages.size() - 1);

        FelixResolution resolution = resolve(withoutIt, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("osgi.wiring.package=" + missing);
    }
}
