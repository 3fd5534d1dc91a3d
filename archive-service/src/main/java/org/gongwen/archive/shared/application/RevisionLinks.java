package org.gongwen.archive.shared.application;

import java.util.Collection;
import java.util.List;

import org.gongwen.archive.shared.domain.RevisionLink;

/** The links between a document's issued revisions (更正), append-only like the records they join. */
public interface RevisionLinks {

    /** The record key of the document's current revision: the last correction's, else the document id itself. */
    String currentRecordOf(String documentId);

    void add(RevisionLink link);

    /** Every link of the document's chain of revisions as stored now (the 四性 check compares them with the log). */
    List<RevisionLink> chainOf(String documentId);

    /** Every link in which one of these records is the correction or the corrected one. */
    List<RevisionLink> touching(Collection<String> recordIds);
}
