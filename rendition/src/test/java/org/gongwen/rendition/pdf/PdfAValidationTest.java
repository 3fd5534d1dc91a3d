package org.gongwen.rendition.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A-2b (ISO 19005-2 level B) as veraPDF, the reference validator, checks it. */
class PdfAValidationTest {

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static List<IssuedDocument> documents() {
        return List.of(Documents.qingshi(), Documents.tongzhi(), Documents.han(), Documents.ling(), Documents.jiyao());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void pdf_is_valid_pdfa_2b(IssuedDocument doc) throws Exception {
        ValidationResult result = validate(Documents.renditions().pdf(doc));
        List<String> failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId() + " " + a.getMessage() + " @ " + a.getLocation().getContext())
                .distinct().toList();
        assertThat(failed).as("veraPDF failures").isEmpty();
        assertThat(result.isCompliant()).isTrue();
        assertThat(result.getTotalAssertions()).isPositive();
    }

    @Test
    void without_its_output_intent_the_same_pdf_is_not_pdfa() throws Exception {
        byte[] pdf = Documents.renditions().pdf(Documents.qingshi());
        ByteArrayOutputStream stripped = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            doc.save(stripped);
        }
        assertThat(validate(stripped.toByteArray()).isCompliant()).isFalse();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }
}
