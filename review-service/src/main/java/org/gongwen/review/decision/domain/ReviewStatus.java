package org.gongwen.review.decision.domain;

/** Where one submitted revision stands. Only IN_REVIEW accepts decisions. */
public enum ReviewStatus {
    IN_REVIEW, RETURNED, REJECTED, WITHDRAWN, ISSUED
}
