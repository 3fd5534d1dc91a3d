package org.gongwen.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongwen.archive");

    @Test
    void domainDependsOnlyOnJavaTheEventContractAndItself() {
        classes().that().resideInAPackage("org.gongwen.archive.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongwen.events..", "org.gongwen.archive.domain..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotDependOnAdaptersOrFrameworks() {
        noClasses().that().resideInAPackage("org.gongwen.archive.application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.archive.web..", "org.gongwen.archive.persistence..",
                        "org.gongwen.archive.messaging..", "org.gongwen.archive.config..", "org.springframework..",
                        "org.gongwen.platform..", "tools.jackson..")
                .check(CLASSES);
    }
}
