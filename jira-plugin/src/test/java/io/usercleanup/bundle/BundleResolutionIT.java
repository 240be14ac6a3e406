package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.ApiFactsFile;
import io.usercleanup.bundle.conformance.HostPackage;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** What resolving the bundle gave: its state and, when not resolved, why. */
    private record Resolution(int state, String unresolved) {
    }

    private static Resolution resolve(List<HostPackage> exported, Path storage) throws Exception {
        String extra = exported.stream().map(p -> p.name() + ";version=\"" + p.version() + "\"")
                .collect(Collectors.joining(","));
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, extra);
        Felix felix = new Felix(config);
        felix.start();
        try {
            Bundle bundle;
            try (InputStream in = Files.newInputStream(jar)) {
                bundle = felix.getBundleContext().installBundle("file:" + jar.toAbsolutePath(), in);
            }
            felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            String unresolved = "";
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved = unresolvedRequirements(bundle);
            }
            return new Resolution(bundle.getState(), unresolved);
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    /** The framework's reason (starting would throw it) and the package requirements nothing exports. */
    private static String unresolvedRequirements(Bundle bundle) {
        StringBuilder why = new StringBuilder();
        try {
            bundle.start();
            bundle.stop();
        } catch (BundleException e) {
            why.append(e.getMessage()).append('\n');
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        for (BundleRequirement requirement : revision.getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE)) {
            if (!"optional".equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
                why.append("  requires ").append(requirement.getDirectives().get(Constants.FILTER_DIRECTIVE)).append('\n');
            }
        }
        return why.toString();
    }

    @Test
    void theBundleResolves_againstTheHostPackagesOfTheFactsFile(@TempDir Path storage) throws Exception {
        Resolution resolution = resolve(hostPackages, storage);

        assertThat(resolution.state())
                .as("bundle state (RESOLVED is " + Bundle.RESOLVED + "); unresolved:\n" + resolution.unresolved())
                .isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void withoutOneRequiredHostPackage_resolutionFails_namingIt(@TempDir Path storage) throws Exception {
        String missing = "com.atlassian.jira.bc.user";
        List<HostPackage> withoutIt = hostPackages.stream().filter(p -> !p.name().equals(missing)).toList();
        assertThat(withoutIt).hasSize(hostPackages.size() - 1);

        Resolution resolution = resolve(withoutIt, storage);

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

        Resolution resolution = resolve(servlet5, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("javax.servlet.http");
    }
}
