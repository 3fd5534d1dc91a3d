package org.gongwen.archive.application;

import org.gongwen.archive.domain.ArchiveRecord;
import org.gongwen.archive.domain.Correction;
import org.gongwen.archive.domain.LegalHold;

/**
 * Entries waiting to become leaves of the log, written in the transaction that creates them; the sequencer
 * ({@link IntegratingLog}) gives them leaf indices in batches, so archiving never waits for the tree.
 */
public interface LogQueue {

    void enqueue(ArchiveRecord record);

    void enqueue(Correction correction);

    void enqueue(LegalHold hold);
}
