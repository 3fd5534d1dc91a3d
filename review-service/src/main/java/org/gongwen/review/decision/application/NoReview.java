package org.gongwen.review.decision.application;

import org.gongwen.kernel.Refusal;

/** Why a review is not shown: there is none for the document, or the caller may not see it. */
final class NoReview {

    private NoReview() {
    }

    static Refusal notFound(String documentId) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, "review-not-found", "没有该公文的审核记录：" + documentId,
                "No review for document " + documentId);
    }

    static Refusal notReadable(String documentId) {
        return Refusal.forbidden("review-not-readable", "您无权查看该公文的审核情况：" + documentId,
                "You may not read the review of document " + documentId);
    }
}
