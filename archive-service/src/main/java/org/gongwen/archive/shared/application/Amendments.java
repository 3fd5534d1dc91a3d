package org.gongwen.archive.shared.application;

import java.util.List;

import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;

/** Corrections and legal-hold entries of records: append-only, read in the order they were made. */
public interface Amendments {

    /** Holds the document's amendments for the rest of the transaction: two correctors cannot interleave. */
    void lock(String documentId);

    List<Correction> corrections(String documentId);

    List<LegalHold> holds(String documentId);

    void add(Correction correction);

    void add(LegalHold hold);
}
