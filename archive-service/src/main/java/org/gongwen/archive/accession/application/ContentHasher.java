package org.gongwen.archive.accession.application;

import org.gongwen.events.DocumentContent;

/** Re-computes a content hash the same way drafting computed it at submission. */
public interface ContentHasher {

    String hashOf(DocumentContent content);
}
