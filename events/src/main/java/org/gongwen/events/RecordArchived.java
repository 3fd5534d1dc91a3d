package org.gongwen.events;

import java.time.Instant;

/** 归档: the issued document is in the archive under its 档号. */
public record RecordArchived(String documentId, int revision, String archiveNo, Instant archivedAt)
        implements GongwenEvent {
}
