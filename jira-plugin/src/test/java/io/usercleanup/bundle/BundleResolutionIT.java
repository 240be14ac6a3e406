package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.ApiFactsFile;
import io.usercleanup.bundle.conformance.FelixResolution;
import io.usercleanup.bundle.conformance.HostPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolves the built bundle in Apache Felix, with the host packages of
 * {@code docs/atlassian-api-facts.md} exported by the system bundle at the versions given there:
 * the bundle's {@code Import-Package} must be satisfiable by what Jira 10 exports, and a host
 * package left out must make it fail, naming the package.
 */
class BundleResolutionIT {
    private static List<HostPackage> hostPackages;
    private static Path jar;

    @BeforeAll
    static void readTheFacts() throws Exception {
        jar = Path.of(System.getProperty("bundle.jar", "target/user-cleanup.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        ApiFactsFile facts = ApiFactsFile.read(ApiFactsFile.DEFAULT);
        assertThat(facts.problems()).isEmpty();
        hostPackages = facts.hostPackages();
        assertThat(hostPackages).as("host packages in the facts file").isNotEmpty();
    }

    private static FelixResolution resolve(List<HostPackage> exported, Path storage) throws Exception {
        return FelixResolution.resolve(jar, exported, storage);
    }

    @Test
    void theBundleResolves_againstTheHostPackagesOfTheFactsFile(@TempDir Path storage) throws Exception {
        FelixResolution resolution = resolve(hostPackages, storage);

        assertThat(resolution.state())
                .as("bundle state (RESOLVED is " + Bundle.RESOLVED + "); unresolved:\n" + resolution.unresolved())
                .isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void withoutOneRequiredHostPackage_resolutionFails_namingIt(@TempDir Path storage) throws Exception {
        String missing = "com.atlassian.jira.bc.user";
        List<HostPackage> withoutIt = hostPackages.stream().filter(p -> !p.name().equals(missing)).toList();
        assertThat(withoutIt).hasSize(hostPackages.size() - 1);

        FelixResolution resolution = resolve(withoutIt, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("osgi.wiring.package=" + missing);
    }

    @Test
    void anImportRangeTheHostVersionMisses_failsResolution(@TempDir Path storage) throws Exception {
        List<HostPackage> servlet5 = hostPackages.stream()
                .map(p -> p.name().equals("javax.servlet.http")
                        ? new HostPackage(p.name(), "5.0.0", p.status(), p.hosts(), p.source(), p.note(), p.line())
                        : p)
                .toList();

        FelixResolution resolution = resolve(servlet5, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("javax.servlet.http");
    }
}
