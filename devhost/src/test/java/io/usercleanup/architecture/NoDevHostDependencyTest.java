package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Nothing of the plugin depends on the dev host or on test code: the plugin's modules (core,
 * common, the Jira adapter) come before the dev host in the build, and this rule, where both are
 * on the class path, keeps it so for code that reaches them by reflection or by a moved class.
 */
class NoDevHostDependencyTest {
    /** Test classes and test jars (the helpers other modules share with the dev host) are not the plugin's. */
    private static final ImportOption NO_TEST_JARS = (Location location) -> !location.contains("-tests.jar");

    private static final JavaClasses PLUGIN_AND_HOST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("io.usercleanup");

    @Test
    void pluginCodeNamesNeitherTheDevHostNorTestSupport() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.usercleanup.core..", "io.usercleanup.rest..",
                        "io.usercleanup.web..", "io.usercleanup.scheduler..", "io.usercleanup.store..",
                        "io.usercleanup.plugin..", "io.usercleanup.jira..", "io.usercleanup.confluence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.usercleanup.devhost..",
                        "io.usercleanup.testsupport..", "io.usercleanup.benchmark..");
        rule.check(PLUGIN_AND_HOST);
    }
}
