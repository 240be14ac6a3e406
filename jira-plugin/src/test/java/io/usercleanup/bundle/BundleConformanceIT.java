package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.ApiFact;
import io.usercleanup.bundle.conformance.ApiFactsFile;
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
 * Every Atlassian type and member the built bundle links against is in
 * {@code docs/atlassian-api-facts.md}, none is a MISMATCH, and each is linked the way its fact says
 * (see {@link ConformanceChecker}). The UNVERIFIED facts in use are printed with the classes that
 * use them; {@code ApiFactsFileTest} holds that each is listed in {@code docs/stand-ins.md}.
 */
class BundleConformanceIT {
    /** The host namespaces the check covers (JVM form). */
    static final List<String> HOST_PREFIXES = List.of("com/atlassian/", "io/atlassian/", "net/java/ao/");

    private static ApiFactsFile facts;
    private static Set<HostReference> references;
    private static List<String> scanProblems;

    @BeforeAll
    static void scanTheBundle() throws IOException {
        Path jar = Path.of(System.getProperty("bundle.jar", "target/user-cleanup.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        facts = ApiFactsFile.read(ApiFactsFile.DEFAULT);
        HostReferenceScanner scanner = new HostReferenceScanner(HostReferenceScanner.underPrefixes(HOST_PREFIXES),
                BundleConformanceIT::compiledAgainst);
        for (byte[] classFile : BundleClassFiles.read(jar)) {
            scanner.scan(classFile);
        }
        references = scanner.references();
        scanProblems = scanner.problems();
    }

    /** The host type as the plugin was compiled against it: the stand-in, or the real jar with -Patlassian. */
    private static byte[] compiledAgainst(String internalName) {
        try (InputStream in = BundleConformanceIT.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFactsFile_isWellFormed() {
        assertThat(facts.problems()).as("format problems in " + ApiFactsFile.DEFAULT).isEmpty();
    }

    @Test
    void everyHostReference_isAFactThatHolds() {
        ConformanceChecker.Result result = ConformanceChecker.check(facts.facts(), references);
        System.out.println("Host references of the bundle: " + references.size() + "\n" + result.report());

        assertThat(references).as("the bundle links Atlassian types at all").isNotEmpty();
        assertThat(scanProblems).as("host supertypes the check cannot see into").isEmpty();
        assertThat(result.offenders())
                .as("references that no fact in " + ApiFactsFile.DEFAULT + " allows\n" + result.report())
                .isEmpty();
    }

    @Test
    void theReferencesSeen_coverEveryKindOfLinkTheBundleUses() {
        Set<String> owners = references.stream().map(HostReference::owner).collect(Collectors.toCollection(TreeSet::new));
        Set<String> links = references.stream().map(r -> r.link().name()).collect(Collectors.toCollection(TreeSet::new));

        // A scanner that silently missed instructions would pass everything; these are known to be there.
        assertThat(owners).contains("com/atlassian/activeobjects/external/ActiveObjects", "net/java/ao/Query",
                "com/atlassian/jira/bc/user/ApplicationUserBuilder");
        assertThat(links).contains("INVOKEINTERFACE", "INVOKEVIRTUAL", "INVOKESTATIC", "GETSTATIC", "IMPLEMENTED",
                "SAM_TYPE", "HANDLE_INTERFACE", "ANNOTATION", "CATCH", "INSTANCEOF", "IMPLEMENTS");
    }

    @Test
    void noFactInUse_isAMismatch() {
        List<ApiFact> mismatches = facts.facts().values().stream().filter(f -> "MISMATCH".equals(f.status())).toList();
        Set<String> referenced = references.stream().map(HostReference::key).collect(Collectors.toSet());
        Set<String> referencedTypes = references.stream().map(HostReference::owner).collect(Collectors.toSet());

        assertThat(mismatches).noneMatch(f -> referenced.contains(f.key()) || f.isType() && referencedTypes.contains(f.owner()));
    }
}
