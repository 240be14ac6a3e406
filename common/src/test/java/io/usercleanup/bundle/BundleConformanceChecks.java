package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.BundleClassFiles;
import io.usercleanup.bundle.conformance.ConformanceChecker;
import io.usercleanup.bundle.conformance.HostReference;
import io.usercleanup.bundle.conformance.HostReferenceScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
 * Every Atlassian type and member a built bundle ({@code bundle.jar}) links against is a fact of
 * its facts pages that holds, linked the way the fact says ({@link ConformanceChecker}), and none is
 * a MISMATCH. Each product's and platform's bundle test extends it with its pages and the owners it
 * is known to link (a scanner that silently missed instructions would pass everything).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BundleConformanceChecks {
    /** The host namespaces the check covers (JVM form). */
    public static final List<String> HOST_PREFIXES = List.of("com/atlassian/", "io/atlassian/", "net/java/ao/");

    private BundleFacts facts;
    private Set<HostReference> references;
    private List<String> scanProblems;

    /** The facts the bundle is held to. */
    protected abstract BundleFacts facts() throws IOException;

    /** Owners the bundle is known to link. */
    protected abstract List<String> ownersItLinks();

    /** The owner prefix of the other product's API, which the bundle must not link. */
    protected abstract String otherProductPrefix();

    @BeforeAll
    void scanTheBundle() throws IOException {
        Path jar = Path.of(System.getProperty("bundle.jar", "target/missing.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        facts = facts();
        HostReferenceScanner scanner = new HostReferenceScanner(HostReferenceScanner.underPrefixes(HOST_PREFIXES),
                BundleConformanceChecks::compiledAgainst);
        for (byte[] classFile : BundleClassFiles.read(jar)) {
            scanner.scan(classFile);
        }
        references = scanner.references();
        scanProblems = scanner.problems();
    }

    /** The host type as the plugin was compiled against it: the stand-in, or the real jar with -Patlassian. */
    private static byte[] compiledAgainst(String internalName) {
        try (InputStream in = BundleConformanceChecks.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The references found, for a bundle's own further checks. */
    protected Set<HostReference> references() {
        return references;
    }

    @Test
    void everyHostReference_isAFactThatHolds() {
        ConformanceChecker.Result result = ConformanceChecker.check(facts.facts(), references);
        System.out.println("Host references of " + getClass().getSimpleName() + ": " + references.size() + "\n"
                + result.report());

        assertThat(references).as("the bundle links Atlassian types at all").isNotEmpty();
        assertThat(scanProblems).as("host supertypes the check cannot see into").isEmpty();
        assertThat(result.offenders()).as("references that no fact allows\n" + result.report()).isEmpty();
    }

    @Test
    void theReferencesSeen_includeTheKnownOwners_andNoneOfTheOtherProduct() {
        Set<String> owners = references.stream().map(HostReference::owner).collect(Collectors.toCollection(TreeSet::new));

        assertThat(owners).containsAll(ownersItLinks());
        assertThat(owners).noneMatch(owner -> owner.startsWith(otherProductPrefix()));
    }

    @Test
    void noFactInUse_isAMismatch() {
        Set<String> referenced = references.stream().map(HostReference::key).collect(Collectors.toSet());
        Set<String> referencedTypes = references.stream().map(HostReference::owner).collect(Collectors.toSet());

        assertThat(facts.facts().values()).filteredOn(f -> "MISMATCH".equals(f.status()))
                .noneMatch(f -> referenced.contains(f.key()) || f.isType() && referencedTypes.contains(f.owner()));
    }
}
