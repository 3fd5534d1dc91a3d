package org.gongwen.rendition.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.gongwen.rendition.DocumentInfo;

/**
 * What makes the file PDF/A-2b (ISO 19005-2, level B) beyond embedded fonts: XMP metadata with the pdfaid
 * identification and the same title, author and dates as the document information dictionary, an sRGB output intent
 * (the JDK's own sRGB ICC profile), and a file identifier derived from the content's identity, so that the same
 * document gives the same bytes.
 */
public final class PdfA {

    static final String PRODUCER = "gongwen rendition (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {
    }

    static void mark(PDDocument pdf, DocumentInfo info) throws IOException {
        Calendar created = GregorianCalendar.from(info.created());
        PDDocumentInformation documentInfo = pdf.getDocumentInformation();
        documentInfo.setTitle(info.title());
        documentInfo.setAuthor(info.author());
        documentInfo.setSubject(info.subject());
        documentInfo.setCreator(PRODUCER);
        documentInfo.setProducer(PRODUCER);
        documentInfo.setCreationDate(created);
        documentInfo.setModificationDate(created);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage("zh-CN");
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info, created));
        catalog.setMetadata(metadata);

        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] id = identifier(info);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] xmp(DocumentInfo info, Calendar created) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(info.title());
            dc.addCreator(info.author());
            if (info.subject() != null) {
                dc.setDescription(info.subject());
            }
            dc.setFormat("application/pdf");
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer(PRODUCER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata", e);
        }
    }

    private static byte[] identifier(DocumentInfo info) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = info.subject() + "\n" + info.title() + "\n" + info.created();
            return Arrays.copyOf(sha.digest(identity.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
