package org.gongwen.archive.rendering.domain;

import org.jspecify.annotations.Nullable;

/** The two files of an issued document: PDF/A-2b and OFD (GB/T 33190, the national 版式 format). */
public enum RenditionFormat {
    PDF("pdf", "application/pdf"),
    OFD("ofd", "application/ofd");

    private final String extension;
    private final String mediaType;

    RenditionFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The file name offered for download: the 发文字号 (e.g. 江民发〔2026〕7号.pdf), else the 档号; characters a file
     * system refuses (/ \ : * ? " < > |, controls) become '_'.
     */
    public String fileName(@Nullable String documentNumber, String archiveNo) {
        String base = documentNumber == null || documentNumber.isBlank() ? archiveNo : documentNumber.strip();
        return base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + extension;
    }
}
