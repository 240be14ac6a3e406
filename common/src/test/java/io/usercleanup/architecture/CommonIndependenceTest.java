package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the common module product-neutral: what Jira and Confluence share (REST resources, pages,
 * scheduler jobs, stores, plugin infrastructure) names no type of either product nor of a product
 * adapter. The stand-ins on this module's class path include Jira's types, so only this rule stops
 * a shared class from using them.
 */
class CommonIndependenceTest {
    private static final JavaClasses COMMON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.usercleanup.rest", "io.usercleanup.web", "io.usercleanup.scheduler",
                    "io.usercleanup.store", "io.usercleanup.plugin");

    @Test
    void sharedCodeNamesNoProductType() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.usercleanup.rest..", "io.usercleanup.web..",
                        "io.usercleanup.scheduler..", "io.usercleanup.store..", "io.usercleanup.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian.jira..", "com.atlassian.confluence..", "com.atlassian.user..",
                        "io.usercleanup.jira..", "io.usercleanup.confluence..");
        rule.check(COMMON);
    }
}
