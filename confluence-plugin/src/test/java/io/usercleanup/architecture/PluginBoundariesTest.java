package io.usercleanup.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules over every class the Confluence bundle holds (core, common and the Confluence adapter, all on this
 * module's class path): Active Objects entities never leave the store package. The common module's
 * test jar (its Active Objects test support, which works with entities by design) is not the plugin's.
 */
class PluginBoundariesTest {
    private static final ImportOption NO_TEST_JARS = (Location location) -> !location.contains("-tests.jar");

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages("io.usercleanup");

    @Test
    void activeObjectsEntitiesStayInTheStorePackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.usercleanup.store.ao")
                .should().dependOnClassesThat().areAssignableTo(net.java.ao.RawEntity.class);
        rule.check(PLUGIN);
    }
}
