package org.gongwen.registry;

import java.util.stream.Stream;

import org.gongwen.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The services' shared architecture rules (test-support {@link ServiceArchitecture}) over the registry's classes. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> registryKeepsTheServiceArchitecture() {
        return ServiceArchitecture.testsFor("org.gongwen.registry");
    }
}
