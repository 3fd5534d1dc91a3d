package org.gongwen.archive.shared.domain;

import java.time.Instant;

/**
 * 更正: record {@code recordId} holds revision {@code revision} of document {@code documentId}, signed again to
 * replace record {@code corrects} (revision {@code correctsRevision}), for {@code reason}. The archive numbers are
 * read with the link, so a reader can name both records without opening them.
 */
public record RevisionLink(String documentId, String recordId, int revision, String archiveNo, String corrects,
                           int correctsRevision, String correctsArchiveNo, String reason, Instant linkedAt) {
}
