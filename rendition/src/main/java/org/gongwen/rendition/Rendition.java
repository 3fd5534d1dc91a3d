package org.gongwen.rendition;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gongwen.rendition.layout.DocumentLayout;

/** The issued document as files: its layout, the PDF/A-2b and the OFD, with their SHA-256 for the trail. */
public record Rendition(DocumentLayout layout, byte[] pdf, byte[] ofd) {

    public static final String PDF_MEDIA_TYPE = "application/pdf";
    public static final String OFD_MEDIA_TYPE = "application/ofd";

    public Rendition {
        pdf = pdf.clone();
        ofd = ofd.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public byte[] ofd() {
        return ofd.clone();
    }

    public String pdfSha256() {
        return sha256(pdf);
    }

    public String ofdSha256() {
        return sha256(ofd);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Rendition[pages=" + layout.pageCount() + ", pdf=" + pdf.length + " B, ofd=" + ofd.length + " B]";
    }
}
