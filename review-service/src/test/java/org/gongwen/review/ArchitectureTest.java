package org.gongwen.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongwen.review");

    @Test
    void theDomainDependsOnlyOnTheJdkTheEventContractAndItself() {
        classes().that().resideInAPackage("org.gongwen.review.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongwen.events..", "org.gongwen.review.domain..")
                .check(CLASSES);
    }

    @Test
    void theApplicationDoesNotDependOnAdapters() {
        noClasses().that().resideInAPackage("org.gongwen.review.application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.review.web..", "org.gongwen.review.persistence..",
                        "org.gongwen.review.messaging..", "org.gongwen.review.config..", "org.springframework..")
                .check(CLASSES);
    }
}
