package org.gongwen.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service is cut by capability ({@code org.gongwen.archive.<capability>}: accession, search, log, amendment,
 * export, statistics, and the small {@code shared} kernel), each slice keeping domain, application and adapters.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongwen.archive");

    /** Plain Java: no Spring, SQL, Jackson or platform; only the event contract and the archive's domain types. */
    @Test
    void domainDependsOnlyOnJavaTheEventContractAndArchiveDomains() {
        classes().that().resideInAPackage("org.gongwen.archive..domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongwen.events..", "org.gongwen.archive..domain..")
                .check(CLASSES);
    }

    /** Use cases and ports: no adapter of any slice, no framework, no platform module, no Jackson. */
    @Test
    void applicationDoesNotDependOnAdaptersOrFrameworks() {
        noClasses().that().resideInAPackage("org.gongwen.archive..application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.archive..persistence..", "org.gongwen.archive..web..",
                        "org.gongwen.archive..messaging..", "org.gongwen.archive..remote..",
                        "org.gongwen.archive.config..", "org.springframework..", "org.gongwen.platform..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    /** The kernel is what the slices share: it knows none of them. */
    @Test
    void sharedKernelDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.gongwen.archive.shared..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.archive.accession..", "org.gongwen.archive.search..",
                        "org.gongwen.archive.log..", "org.gongwen.archive.amendment..",
                        "org.gongwen.archive.export..", "org.gongwen.archive.statistics..",
                        "org.gongwen.archive.config..")
                .check(CLASSES);
    }

    /** Wiring knows the slices; no slice knows the wiring. */
    @Test
    void noCapabilityDependsOnTheConfiguration() {
        noClasses().that().resideOutsideOfPackage("org.gongwen.archive.config..")
                .and().resideOutsideOfPackage("org.gongwen.archive")
                .should().dependOnClassesThat().resideInAPackage("org.gongwen.archive.config..")
                .check(CLASSES);
    }

    /**
     * No cycle between slices (the kernel included). What they share goes through {@code shared}; the remaining
     * dependencies all point one way: export → accession → log, search → log, amendment → search, log →
     * (shared only), statistics → (shared only).
     */
    @Test
    void capabilitySlicesAreFreeOfCycles() {
        slices().matching("org.gongwen.archive.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
