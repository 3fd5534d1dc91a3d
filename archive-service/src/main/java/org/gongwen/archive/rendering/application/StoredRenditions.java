package org.gongwen.archive.rendering.application;

import java.util.Optional;

import org.gongwen.archive.shared.domain.RenditionFiles;

/** The renditions of records, stored once with their SHA-256 and never changed. */
public interface StoredRenditions {

    /** The bytes as stored, with what was stored about them (the SHA-256 columns may not match the bytes). */
    record Stored(RenditionFiles files, byte[] pdf, byte[] ofd) {
    }

    void add(RenditionFiles files, byte[] pdf, byte[] ofd);

    boolean exists(String documentId);

    Optional<Stored> of(String documentId);

    /** Hashes, sizes and pages without the bytes (for the record view). */
    Optional<RenditionFiles> filesOf(String documentId);

    /** The leaf the log should hold for these renditions, encoded now (compared with the stored leaf). */
    byte[] leafOf(RenditionFiles files);
}
