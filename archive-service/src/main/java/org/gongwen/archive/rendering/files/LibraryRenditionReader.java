package org.gongwen.archive.rendering.files;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.archive.rendering.application.RenditionReader;
import org.gongwen.archive.rendering.domain.RenditionFormat;
import org.ofdrw.reader.OFDReader;

/** Opens a PDF with PDFBox and an OFD with ofdrw's reader, as a reading application would, and counts pages. */
final class LibraryRenditionReader implements RenditionReader {

    @Override
    public Opened open(RenditionFormat format, byte[] data) {
        try {
            return new Opened(format == RenditionFormat.PDF ? pdfPages(data) : ofdPages(data), null);
        } catch (Exception | LinkageError e) {
            // a corrupt file shows as any of the readers' exceptions (or an ofdrw parser error): all mean "does not open"
            return new Opened(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static int pdfPages(byte[] data) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(data)) {
            return pdf.getNumberOfPages();
        }
    }

    private static int ofdPages(byte[] data) throws Exception {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(data))) {
            return reader.getNumberOfPages();
        }
    }
}
