package io.usercleanup.bundle;

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
 * Resolves the built Confluence bundle in Apache Felix, the system bundle exporting the shared host
 * packages of {@code docs/atlassian-api-facts.md} (not Jira's) and Confluence's of
 * {@code docs/confluence-api-facts.md}: its {@code Import-Package} must be satisfiable by what
 * Confluence 9 exports, and leaving out a Confluence package must make it fail, naming it.
 */
class ConfluenceBundleResolutionIT {
    private static List<HostPackage> hostPackages;
    private static Path jar;

    @BeforeAll
    static void readTheFacts() throws Exception {
        jar = Path.of(System.getProperty("bundle.jar", "target/user-cleanup-confluence.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        hostPackages = ConfluenceBundleFacts.read().hostPackages;
        assertThat(hostPackages).extracting(HostPackage::name).contains("com.atlassian.confluence.user")
                .noneMatch(name -> name.startsWith("com.atlassian.jira."));
    }

    /** The bundle's state after resolving and, when not resolved, why. */
    private record Resolution(int state, String unresolved) {
    }

    private static Resolution resolve(List<HostPackage> exported, Path storage) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exported.stream()
                .map(p -> p.name() + ";version=\"" + p.version() + "\"").collect(Collectors.joining(",")));
        Felix felix = new Felix(config);
        felix.start();
        try {
            Bundle bundle;
            try (InputStream in = Files.newInputStream(jar)) {
                bundle = felix.getBundleContext().installBundle("file:" + jar.toAbsolutePath(), in);
            }
            felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            return new Resolution(bundle.getState(), bundle.getState() == Bundle.INSTALLED ? why(bundle) : "");
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    private static String why(Bundle bundle) {
        StringBuilder why = new StringBuilder();
        try {
            bundle.start();
            bundle.stop();
        } catch (BundleException e) {
            why.append(e.getMessage()).append('\n');
        }
        for (BundleRequirement requirement : bundle.adapt(BundleRevision.class)
                .getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE)) {
            if (!"optional".equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
                why.append("  requires ").append(requirement.getDirectives().get(Constants.FILTER_DIRECTIVE)).append('\n');
            }
        }
        return why.toString();
    }

    @Test
    void theBundleResolves_againstConfluencesHostPackages(@TempDir Path storage) throws Exception {
        Resolution resolution = resolve(hostPackages, storage);

        assertThat(resolution.state())
                .as("bundle state (RESOLVED is " + Bundle.RESOLVED + "); unresolved:\n" + resolution.unresolved())
                .isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void withoutConfluencesUserPackage_resolutionFails_namingIt(@TempDir Path storage) throws Exception {
        String missing = "com.atlassian.confluence.user";
        List<HostPackage> withoutIt = hostPackages.stream().filter(p -> !p.name().equals(missing)).toList();

        Resolution resolution = resolve(withoutIt, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("osgi.wiring.package=" + missing);
    }
}
