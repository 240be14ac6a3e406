package io.usercleanup.bundle.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/atlassian-api-facts.md} follows its format, and every UNVERIFIED fact is listed in
 * the "Still unverified" section of {@code docs/stand-ins.md}, so none passes unnoticed.
 */
class ApiFactsFileTest {
    private static final Path STAND_INS = Path.of("../docs/stand-ins.md");

    @Test
    void theFactsFile_isWellFormed_andHasFactsAndHostPackages() throws Exception {
        ApiFactsFile file = ApiFactsFile.read(ApiFactsFile.DEFAULT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.facts()).hasSizeGreaterThan(100);
        assertThat(file.facts().values()).noneMatch(f -> "MISMATCH".equals(f.status()) && f.owner().startsWith("com/atlassian/jira/user/ApplicationUserBuilder"));
        assertThat(file.hostPackages()).extracting(HostPackage::name).contains("javax.servlet.http", "com.atlassian.jira.bc.user");
    }

    @Test
    void everyUnverifiedFact_isListedInStandIns_andNothingElseIs() throws Exception {
        ApiFactsFile file = ApiFactsFile.read(ApiFactsFile.DEFAULT);
        String section = stillUnverified(Files.readString(STAND_INS));

        List<String> expected = file.facts().values().stream().filter(f -> "UNVERIFIED".equals(f.status()))
                .map(ApiFactsFileTest::token).toList();
        assertThat(expected).isNotEmpty();
        for (String token : expected) {
            assertThat(section).as("docs/stand-ins.md, Still unverified").contains(token);
        }
        Matcher named = Pattern.compile("`((?:com|net|io)/[A-Za-z0-9_/$]+(?:\\.[A-Za-z0-9_$<>]+)?)`").matcher(section);
        while (named.find()) {
            assertThat(expected).as("listed as unverified in docs/stand-ins.md").contains(named.group());
        }
    }

    private static String token(ApiFact fact) {
        return "`" + fact.owner() + (fact.isType() ? "" : "." + fact.member()) + "`";
    }

    private static String stillUnverified(String standIns) {
        int start = standIns.indexOf("\n## Still unverified");
        assertThat(start).as("a section '## Still unverified' in docs/stand-ins.md").isPositive();
        int end = standIns.indexOf("\n## ", start + 1);
        return end < 0 ? standIns.substring(start) : standIns.substring(start, end);
    }

    @Test
    void malformedLines_areReported() {
        ApiFactsFile file = ApiFactsFile.parse(String.join("\n",
                "```facts",
                "com/atlassian/x/A | - | Lcom/atlassian/x/A; | klass | CONFIRMED | x 1 | https://example.org |",
                "com/atlassian/x/A | go | (V | interface call | CONFIRMED | x 1 | https://example.org |",
                "com/atlassian/x/A | run | ()V | interface calls | SURE | x 1 | https://example.org |",
                "com/atlassian/x/A | stop | ()V | interface call | CONFIRMED | - | a friend told me |",
                "com/atlassian/x/A | too | few | fields",
                "com/atlassian/x/A | go2 | ()V | interface call | UNVERIFIED | - | - |",
                "com/atlassian/x/A | go2 | ()V | interface call | UNVERIFIED | - | - |",
                "```",
                "```host-packages",
                "com.atlassian.x | 1.x | MAYBE | Jira | - |",
                "```"));

        assertThat(file.problems()).anyMatch(p -> p.contains("a type's kind is one of"))
                .anyMatch(p -> p.contains("not a JVM descriptor: (V"))
                .anyMatch(p -> p.contains("not 'interface calls'"))
                .anyMatch(p -> p.contains("the status is one of [CONFIRMED, MISMATCH, UNVERIFIED]"))
                .anyMatch(p -> p.contains("names the versions it was seen in"))
                .anyMatch(p -> p.contains("sources are URLs or github:"))
                .anyMatch(p -> p.contains("a fact has 8 fields"))
                .anyMatch(p -> p.contains("a second line for the same owner"))
                .anyMatch(p -> p.contains("the export version is"))
                .anyMatch(p -> p.contains("the status is one of [CONFIRMED, ASSUMED, UNVERIFIED]"));
    }
}
