package org.gongwen.drafting.draft.domain;

import org.gongwen.events.DocumentContent;

/**
 * 更正 after 签发 (条例 第二十五条): revision {@code issuedRevision} is the one issued and valid, with
 * {@code issuedContent} and status {@code issuedStatus} (ISSUED or ARCHIVED); {@code reason} is the 更正理由.
 * {@code open} while the correction is with the signer; a correction returned or rejected closes, the draft is
 * the issued document again and the next correction still corrects {@code issuedRevision}.
 */
public record Correction(int issuedRevision, String reason, DocumentContent issuedContent, DraftStatus issuedStatus,
                         boolean open) {

    Correction closed() {
        return new Correction(issuedRevision, reason, issuedContent, issuedStatus, false);
    }
}
