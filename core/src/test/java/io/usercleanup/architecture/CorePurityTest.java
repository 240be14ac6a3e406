package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the domain core pure: rules, decisions and file formats depend on the JDK and a few
 * plain libraries, never on Atlassian, Active Objects, servlet or JAX-RS types, so they can be
 * tested alone and carried to another host product unchanged. It runs in the core module, whose
 * class path holds nothing but the core, Commons CSV and the test libraries.
 */
class CorePurityTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.usercleanup");

    @Test
    void coreDependsOnNoHostTypes() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "javax.servlet..", "jakarta.servlet..",
                        "javax.ws.rs..", "jakarta.ws.rs..", "javax.inject..", "org.springframework..",
                        "io.atlassian..");
        rule.check(PLUGIN);
    }

    @Test
    void coreDependsOnlyOnTheJdkAndCommonsCsv() {
        ArchRule rule = classes().that().resideInAPackage("io.usercleanup.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.usercleanup.core..", "java..", "org.apache.commons.csv..");
        rule.check(PLUGIN);
    }

    @Test
    void coreDoesNotReachIntoAdapters() {
        ArchRule rule = noClasses().that().resideInAPackage("io.usercleanup.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.usercleanup.core..", "java..",
                        "org.apache.commons.csv..");
        rule.check(PLUGIN);
    }
}
