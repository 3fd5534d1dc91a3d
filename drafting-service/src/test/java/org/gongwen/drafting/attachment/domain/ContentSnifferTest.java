package org.gongwen.drafting.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Issue 3 item 4: the content type is sniffed from the bytes, the declared one is never trusted. */
class ContentSnifferTest {

    @Test
    void recognisesPdfPngJpegByTheirMagicNumbers() {
        assertThat(ContentSniffer.sniff(Files.pdf())).hasValue(ContentSniffer.PDF);
        assertThat(ContentSniffer.sniff(Files.png())).hasValue(ContentSniffer.PNG);
        assertThat(ContentSniffer.sniff(Files.jpeg())).hasValue(ContentSniffer.JPEG);
    }

    @Test
    void tellsOfdDocxXlsxPptxAndPlainZipApartByTheirEntryNames() {
        assertThat(ContentSniffer.sniff(Files.zip("OFD.xml", "Doc_0/Document.xml"))).hasValue(ContentSniffer.OFD);
        assertThat(ContentSniffer.sniff(Files.zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .hasValue(ContentSniffer.DOCX);
        assertThat(ContentSniffer.sniff(Files.zip("[Content_Types].xml", "xl/workbook.xml")))
                .hasValue(ContentSniffer.XLSX);
        assertThat(ContentSniffer.sniff(Files.zip("[Content_Types].xml", "ppt/presentation.xml")))
                .hasValue(ContentSniffer.PPTX);
        assertThat(ContentSniffer.sniff(Files.zip("名单.csv"))).hasValue(ContentSniffer.ZIP);
        assertThat(ContentSniffer.sniff(Files.zip())).hasValue(ContentSniffer.ZIP);
    }

    @Test
    void aZipWhoseDirectoryCannotBeReadIsRefused() {
        byte[] zip = Files.zip("word/document.xml");
        assertThat(ContentSniffer.sniff(Arrays.copyOf(zip, zip.length - 10))).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
    }

    @Test
    void plainUtf8TextIsTextWithOrWithoutBom() {
        assertThat(ContentSniffer.sniff(Files.text("2026年养老服务补贴发放名单\r\n张三\t80岁\n"))).hasValue(ContentSniffer.TEXT);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(ContentSniffer.sniff(bom)).hasValue(ContentSniffer.TEXT);
    }

    @Test
    void anythingElseIsRefusedWhateverItsNameSays() {
        assertThat(ContentSniffer.sniff(Files.executable())).isEmpty();
        assertThat(ContentSniffer.sniff("名单".getBytes(java.nio.charset.Charset.forName("GBK")))).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThat(ContentSniffer.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void theDownloadExtensionFollowsTheSniffedType() {
        assertThat(ContentSniffer.extension(ContentSniffer.OFD)).isEqualTo(".ofd");
        assertThat(ContentSniffer.extension(ContentSniffer.TEXT)).isEqualTo(".txt");
        assertThat(ContentSniffer.extension("application/x-unknown")).isEmpty();
    }
}
