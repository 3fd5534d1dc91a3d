package org.gongwen.drafting.draft.domain;

/** Where a draft stands: DRAFT → IN_REVIEW → (RETURNED → IN_REVIEW …) → ISSUED → ARCHIVED; or REJECTED, WITHDRAWN. */
public enum DraftStatus {
    DRAFT, IN_REVIEW, RETURNED, ISSUED, ARCHIVED, REJECTED, WITHDRAWN;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
