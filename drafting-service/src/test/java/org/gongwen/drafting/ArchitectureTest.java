package org.gongwen.drafting;

import java.util.stream.Stream;

import org.gongwen.testsupport.architecture.ServiceArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The services' shared architecture rules (test-support {@link ServiceArchitecture}) over drafting's classes. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> draftingKeepsTheServiceArchitecture() {
        return ServiceArchitecture.testsFor("org.gongwen.drafting");
    }
}
