package org.gongwen.rendition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout is pure: no PDF or OFD library, no font, no file; each writer knows only the layout, not the other. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gongwen.rendition");

    @Test
    void layout_knows_no_writer_font_or_file() {
        noClasses().that().resideInAPackage("org.gongwen.rendition.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache..", "org.ofdrw..", "java.io..",
                        "java.nio..", "java.awt..", "org.gongwen.rendition.fonts..", "org.gongwen.rendition.pdf..",
                        "org.gongwen.rendition.ofd..")
                .check(CLASSES);
    }

    @Test
    void writers_know_each_other_not() {
        noClasses().that().resideInAPackage("org.gongwen.rendition.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ofdrw..", "org.gongwen.rendition.ofd..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.gongwen.rendition.ofd..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox.pdmodel..",
                        "org.gongwen.rendition.pdf..")
                .check(CLASSES);
    }
}
