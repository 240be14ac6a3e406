package io.usercleanup.bundle;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jira 10 bundle's Atlassian references against {@code docs/atlassian-api-facts.md}
 * ({@link BundleConformanceChecks}). The UNVERIFIED facts in use are printed with the classes that
 * use them; {@code ApiFactsFileTest} holds that each is listed in {@code docs/stand-ins.md}.
 */
class BundleConformanceIT extends BundleConformanceChecks {
    @Override
    protected BundleFacts facts() throws IOException {
        return BundleFacts.read(List.of(BundleFacts.SHARED), p -> true);
    }

    @Override
    protected List<String> ownersItLinks() {
        return List.of("com/atlassian/activeobjects/external/ActiveObjects", "net/java/ao/Query",
                "com/atlassian/jira/bc/user/ApplicationUserBuilder");
    }

    @Override
    protected String otherProductPrefix() {
        return "com/atlassian/confluence/";
    }

    @Test
    void theReferencesSeen_coverEveryKindOfLinkTheBundleUses() {
        Set<String> links = references().stream().map(r -> r.link().name()).collect(Collectors.toCollection(TreeSet::new));

        // A scanner that silently missed an instruction kind would pass everything; these are known to be there.
        assertThat(links).contains("INVOKEINTERFACE", "INVOKEVIRTUAL", "INVOKESTATIC", "GETSTATIC", "IMPLEMENTED",
                "SAM_TYPE", "HANDLE_INTERFACE", "ANNOTATION", "CATCH", "INSTANCEOF", "IMPLEMENTS");
    }
}
