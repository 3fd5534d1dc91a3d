package org.gongwen.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.gongwen.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The service is cut by capability ({@code org.gongwen.archive.<capability>}: accession, search, log, amendment,
 * export, rendering, statistics, and the small {@code shared} kernel), each slice keeping domain, application and adapters.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClasses("org.gongwen.archive");

    /** The rule set every service shares (test-support ServiceArchitecture): plain-Java domain. */
    @Test
    void domainIsPlainJava() {
        ServiceArchitecture.domainIsPlainJava("org.gongwen.archive").check(CLASSES);
    }

    /** Use cases and ports: no adapter of any slice, no framework, no platform module, no Jackson. */
    @Test
    void applicationKnowsNoAdaptersOrFrameworks() {
        ServiceArchitecture.applicationKnowsNoAdaptersOrFrameworks("org.gongwen.archive").check(CLASSES);
    }

    /** The kernel is what the slices share: it knows none of them. */
    @Test
    void sharedKernelDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.gongwen.archive.shared..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.archive.accession..", "org.gongwen.archive.search..",
                        "org.gongwen.archive.log..", "org.gongwen.archive.amendment..",
                        "org.gongwen.archive.export..", "org.gongwen.archive.rendering..",
                        "org.gongwen.archive.statistics..",
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
     * dependencies all point one way: export → accession → rendering → log, export and search → rendering,
     * search → log, amendment → search, log →
     * (shared only), statistics → (shared only).
     */
    @Test
    void capabilitySlicesAreFreeOfCycles() {
        ServiceArchitecture.capabilitiesAreFreeOfCycles("org.gongwen.archive").check(CLASSES);
    }
}
