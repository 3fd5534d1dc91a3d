package org.gongwen.archive.accession.application;

import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;

/** What the 四性 checks ask of the store beyond reading records. */
public interface ArchiveIntegrity {

    /** How many records the 档号 class of {@code no} holds, and its highest 件号 (whatever the readers' clearance). */
    FourProperties.ItemSequence sequence(ArchiveNo no);

    /** The record encoded as a log leaf now, to compare with the leaf the log stored when it was archived. */
    byte[] leafOf(ArchiveRecord record);

    /**
     * The 更正 links of the document as stored now, each encoded as the leaf it was logged as, by correcting record
     * (compared with {@code LogStore.entriesOf}: a deleted or altered row no longer matches).
     */
    java.util.Map<String, byte[]> revisionLinksAsLeaves(String documentId);

    /** Whether the runtime role can neither UPDATE nor DELETE the record tables and the refusing triggers are on. */
    boolean appendOnlyEnforced();
}
