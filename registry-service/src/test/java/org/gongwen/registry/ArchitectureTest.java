package org.gongwen.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.gongwen.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The services' shared architecture rules (test-support {@link ServiceArchitecture}) over the registry's classes. So
 * far the registry is its domain only: the application-layer rule joins ({@code ServiceArchitecture.testsFor}) with
 * the first use case — ArchUnit refuses a rule that checks no class.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClasses("org.gongwen.registry");

    @Test
    void theDomainIsPlainJava() {
        ServiceArchitecture.domainIsPlainJava("org.gongwen.registry").check(CLASSES);
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        ServiceArchitecture.capabilitiesAreFreeOfCycles("org.gongwen.registry").check(CLASSES);
    }
}
