package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the Jira adapter one product's adapter: it implements the core's ports with Jira's services
 * and names nothing of Confluence or of another product's adapter, nor the shared plugin code (the
 * Jira plugin module puts the two together).
 */
class JiraAdapterIndependenceTest {
    private static final JavaClasses JIRA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.usercleanup.jira");

    @Test
    void jiraAdapterNamesNoOtherProduct() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.jira..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian.confluence..", "io.usercleanup.confluence..");
        rule.check(JIRA);
    }

    @Test
    void jiraAdapterDependsOnTheCoreOnly() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.jira..")
                .should().dependOnClassesThat().resideInAnyPackage("io.usercleanup.rest..", "io.usercleanup.web..",
                        "io.usercleanup.scheduler..", "io.usercleanup.store..", "io.usercleanup.plugin..",
                        "io.usercleanup.devhost..");
        rule.check(JIRA);
    }
}
