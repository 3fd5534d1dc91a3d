package org.gongwen.archive.shared.application;

import java.util.List;

/** The files of records' attachments, stored once with the record and never changed. */
public interface ArchivedAttachments {

    /** One stored file; {@code position} is its place (from 1) in the content's attachment list. */
    record Stored(int position, String name, String sha256, long size, String contentType, byte[] data) {
    }

    void add(String documentId, List<Stored> files);

    List<Stored> of(String documentId);
}
