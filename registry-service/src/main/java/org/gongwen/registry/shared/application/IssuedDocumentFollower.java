package org.gongwen.registry.shared.application;

import java.util.UUID;

/**
 * What else follows a document's 签发 in the registry besides its 分发 (document.issued has one handler per service:
 * delivery's, which tells each follower in the same transaction). intake concludes a 收文 its reply answered.
 */
public interface IssuedDocumentFollower {

    void issued(UUID documentId, String documentNumber);
}
