package org.gongwen.drafting.draft.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.drafting.draft.domain.ChainLevel;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.ReplyTo;
import org.gongwen.drafting.draft.domain.ReviewOpinion;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;

/** A draft on the wire: the contract's fields, then the additive ones (drafterName, chain, history …). */
record DraftView(String id, String docType, String title, List<String> mainRecipients, List<String> copyRecipients,
                 String body, String urgency, String classification, Integer classificationPeriodYears,
                 String direction, List<AttachmentRef> attachments, String remarks, String drafter,
                 String drafterName, String unit, String status, int revision, long version, Instant createdAt,
                 Instant updatedAt, String documentNumber, Person signer, Instant issuedAt, String archiveNo,
                 List<Level> chain, List<ReviewOpinion> returnedOpinions, List<ReviewOpinion> history,
                 String copyNumber, String issuingOrgan, List<String> coIssuers, LocalDate documentDate,
                 ReplyTo inReplyTo, Correction correction) {

    /**
     * 更正 (issue 18, additive): {@code open} while with the signer; {@code issuedRevision} is the revision still
     * valid. Null for a document never corrected.
     */
    record Correction(int issuedRevision, String reason, boolean open) {
    }

    record Level(int level, String role, Person reviewer, boolean decided, String decision, String opinion,
                 Instant decidedAt) {
    }

    static DraftView of(Draft d) {
        DocumentContent c = d.content();
        return new DraftView(d.id().toString(), c.docType(), c.title(), c.mainRecipients(), c.copyRecipients(),
                c.body(), c.urgency(), c.classification(), c.classificationPeriodYears(), c.direction(),
                c.attachments(), c.remarks(), d.drafter().username(), d.drafter().name(), d.drafter().unit(),
                d.status().name(), d.revision(), d.version(), d.createdAt(), d.updatedAt(), d.documentNumber(),
                d.signer(), d.issuedAt(), d.archiveNo(), d.chain().stream().map(DraftView::level).toList(),
                d.history().stream().filter(ReviewOpinion::returned).toList(), d.history(),
                c.copyNumber(), c.issuingOrgan(), c.coIssuers(), d.documentDate(), d.inReplyTo(),
                d.correction() == null ? null : new Correction(d.correction().issuedRevision(),
                        d.correction().reason(), d.correction().open()));
    }

    private static Level level(ChainLevel l) {
        return new Level(l.level(), l.role(), l.reviewer(), l.decided(), l.decision(), l.opinion(), l.decidedAt());
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
