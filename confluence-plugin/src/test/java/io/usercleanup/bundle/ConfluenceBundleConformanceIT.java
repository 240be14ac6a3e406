package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.BundleClassFiles;
import io.usercleanup.bundle.conformance.ConformanceChecker;
import io.usercleanup.bundle.conformance.HostReference;
import io.usercleanup.bundle.conformance.HostReferenceScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Atlassian type and member the built Confluence bundle links against is a fact of
 * {@code docs/confluence-api-facts.md} or of the shared {@code docs/atlassian-api-facts.md} that
 * holds, linked the way the fact says, as {@code BundleConformanceIT} checks the Jira bundle.
 */
class ConfluenceBundleConformanceIT {
    private static final List<String> HOST_PREFIXES = List.of("com/atlassian/", "io/atlassian/", "net/java/ao/");

    private static ConfluenceBundleFacts facts;
    private static Set<HostReference> references;
    private static List<String> scanProblems;

    @BeforeAll
    static void scanTheBundle() throws IOException {
        Path jar = Path.of(System.getProperty("bundle.jar", "target/user-cleanup-confluence.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        facts = ConfluenceBundleFacts.read();
        HostReferenceScanner scanner = new HostReferenceScanner(HostReferenceScanner.underPrefixes(HOST_PREFIXES),
                ConfluenceBundleConformanceIT::compiledAgainst);
        for (byte[] classFile : BundleClassFiles.read(jar)) {
            scanner.scan(classFile);
        }
        references = scanner.references();
        scanProblems = scanner.problems();
    }

    private static byte[] compiledAgainst(String internalName) {
        try (InputStream in = ConfluenceBundleConformanceIT.class.getClassLoader()
                .getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyHostReference_isAFactThatHolds() {
        ConformanceChecker.Result result = ConformanceChecker.check(facts.facts, references);
        System.out.println("Host references of the Confluence bundle: " + references.size() + "\n" + result.report());

        assertThat(scanProblems).as("host supertypes the check cannot see into").isEmpty();
        assertThat(result.offenders()).as("references that no fact allows\n" + result.report()).isEmpty();
    }

    @Test
    void theReferencesSeen_areConfluencesAndTheSharedOnes_andNoneOfJiras() {
        Set<String> owners = references.stream().map(HostReference::owner).collect(Collectors.toCollection(TreeSet::new));

        assertThat(owners).contains("com/atlassian/confluence/user/UserAccessor",
                "com/atlassian/confluence/user/AuthenticatedUserThreadLocal", "com/atlassian/user/search/page/Pager",
                "com/atlassian/activeobjects/external/ActiveObjects", "com/atlassian/sal/api/user/UserManager");
        assertThat(owners).noneMatch(owner -> owner.startsWith("com/atlassian/jira/"));
    }

    @Test
    void noFactInUse_isAMismatch() {
        Set<String> referenced = references.stream().map(HostReference::key).collect(Collectors.toSet());

        assertThat(facts.facts.values()).filteredOn(f -> "MISMATCH".equals(f.status()))
                .noneMatch(f -> referenced.contains(f.key()));
    }
}
