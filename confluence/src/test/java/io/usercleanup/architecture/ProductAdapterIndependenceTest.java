package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Jira and Confluence adapters are built into different bundles, so neither may use the
 * other, and nothing outside the Confluence adapter may name a Confluence type: the Jira bundle
 * would then import a package no Jira exports. It runs in the Confluence module, which takes the
 * Jira adapter as a test dependency only so that both adapters (and the core) are on one class
 * path; the common module's classes are held to the same by {@code CommonIndependenceTest}.
 */
class ProductAdapterIndependenceTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.usercleanup");

    @Test
    void theConfluenceAdapterDoesNotUseTheJiraAdapter() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.confluence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.usercleanup.jira..", "com.atlassian.jira..");
        rule.check(PLUGIN);
    }

    @Test
    void theJiraAdapterDoesNotUseTheConfluenceAdapter() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.jira..")
                .should().dependOnClassesThat().resideInAPackage("io.usercleanup.confluence..");
        rule.check(PLUGIN);
    }

    @Test
    void onlyTheConfluenceAdapterNamesConfluenceTypes() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.usercleanup.confluence..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian.confluence..", "com.atlassian.user..", "io.usercleanup.confluence..");
        rule.check(PLUGIN);
    }
}
