package io.usercleanup.confluence;

import io.usercleanup.bundle.conformance.ApiFactsFile;
import io.usercleanup.bundle.conformance.ConformanceChecker;
import io.usercleanup.bundle.conformance.HostReference;
import io.usercleanup.bundle.conformance.HostReferenceScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Atlassian type and member the Confluence adapter's classes link has a line in
 * {@code docs/confluence-api-facts.md} that allows the link, as {@code BundleConformanceIT} holds
 * the Jira bundle to its page. It reads the compiled classes, since no Confluence bundle is built yet.
 */
class ConfluenceApiFactsTest {
    private static final Path FACTS = Path.of("../docs/confluence-api-facts.md");
    private static final Path CLASSES = Path.of("target/classes/io/usercleanup/confluence");

    private static ApiFactsFile facts;
    private static Set<HostReference> references;
    private static List<String> scanProblems;

    @BeforeAll
    static void scanTheAdapter() throws IOException {
        facts = ApiFactsFile.read(FACTS);
        HostReferenceScanner scanner = new HostReferenceScanner(
                HostReferenceScanner.underPrefixes(List.of("com/atlassian/", "io/atlassian/", "net/java/ao/")),
                ConfluenceApiFactsTest::compiledAgainst);
        try (Stream<Path> files = Files.list(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanner.scan(Files.readAllBytes(file));
            }
        }
        references = scanner.references();
        scanProblems = scanner.problems();
    }

    private static byte[] compiledAgainst(String internalName) {
        try (InputStream in = ConfluenceApiFactsTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFactsFile_isWellFormed() {
        assertThat(facts.problems()).as("format problems in " + FACTS).isEmpty();
    }

    @Test
    void everyReferenceOfTheAdapter_isAFactThatHolds() {
        ConformanceChecker.Result result = ConformanceChecker.check(facts.facts(), references);

        assertThat(references).as("the adapter links Confluence types at all")
                .anyMatch(r -> r.owner().startsWith("com/atlassian/confluence/"));
        assertThat(scanProblems).as("host supertypes the check cannot see into").isEmpty();
        assertThat(result.offenders()).as("references that no fact in " + FACTS + " allows\n" + result.report()).isEmpty();
        assertThat(result.unused()).as("facts no class of the adapter links\n" + result.report()).isEmpty();
    }
}
