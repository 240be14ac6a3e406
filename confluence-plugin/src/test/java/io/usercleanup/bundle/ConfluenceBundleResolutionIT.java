package io.usercleanup.bundle;

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

    private static FelixResolution resolve(List<HostPackage> exported, Path storage) throws Exception {
        return FelixResolution.resolve(jar, exported, storage);
    }

    @Test
    void theBundleResolves_againstConfluencesHostPackages(@TempDir Path storage) throws Exception {
        FelixResolution resolution = resolve(hostPackages, storage);

        assertThat(resolution.state())
                .as("bundle state (RESOLVED is " + Bundle.RESOLVED + "); unresolved:\n" + resolution.unresolved())
                .isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void withoutConfluencesUserPackage_resolutionFails_namingIt(@TempDir Path storage) throws Exception {
        String missing = "com.atlassian.confluence.user";
        List<HostPackage> withoutIt = hostPackages.stream().filter(p -> !p.name().equals(missing)).toList();

        FelixResolution resolution = resolve(withoutIt, storage);

        assertThat(resolution.state()).isEqualTo(Bundle.INSTALLED);
        assertThat(resolution.unresolved()).contains("osgi.wiring.package=" + missing);
    }
}
