package org.gongwen.drafting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongwen.drafting");

    @Test
    void theDomainDependsOnlyOnTheJdkTheEventContractAndItself() {
        classes().that().resideInAPackage("org.gongwen.drafting.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.gongwen.events..", "org.gongwen.drafting.domain..")
                .check(classes);
    }

    @Test
    void theApplicationLayerDoesNotKnowTheAdapters() {
        noClasses().that().resideInAPackage("org.gongwen.drafting.application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.gongwen.drafting.web..", "org.gongwen.drafting.persistence..",
                        "org.gongwen.drafting.messaging..", "org.gongwen.drafting.config..", "org.springframework..")
                .check(classes);
    }
}
