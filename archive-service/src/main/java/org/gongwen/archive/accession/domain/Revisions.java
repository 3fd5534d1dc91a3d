package org.gongwen.archive.accession.domain;

import java.util.Optional;

import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.events.DocumentIssued;
import org.gongwen.kernel.Refusal;

/**
 * One record per issued revision (更正 after 签发, 条例 第二十五条). The first 签发 of a document is kept under the
 * document id (contract: {@code GET /api/archive/records/{documentId}}); a correction, signed again as a later
 * revision, becomes a record of its own under {@code {documentId}~r{revision}}, with its own 档号 from the same
 * class counter: a 档号 names one item and is never changed or reused (DA/T 13 唯一性/稳定性), the 4-digit 件号 stays
 * gap-free per class (the 完整性 check), and a suffix such as "-0007-1" would break the contract's 档号 pattern.
 */
public final class Revisions {

    /** Between the document id and the revision in a correction's record key; no document id contains it. */
    public static final String SEPARATOR = "~r";

    private Revisions() {
    }

    /** The key the archive keeps this issued revision under. */
    public static String recordIdOf(DocumentIssued issued) {
        return issued.corrects() == null ? issued.documentId() : issued.documentId() + SEPARATOR + issued.revision();
    }

    /** The document a record key belongs to: the key itself for a first issue, the part before "~r" for a correction. */
    public static String documentIdOf(String recordId) {
        int at = recordId.indexOf(SEPARATOR);
        return at < 0 ? recordId : recordId.substring(0, at);
    }

    /**
     * Whether a correction may be filed against what the archive holds as the document's current revision: it must
     * be the revision the correction names (ARCHIVE-CORRECTION-1: the corrected record is missing; -2: a different
     * revision is current, so the correction would fork the chain), and the correction must name a later revision
     * and say why (-3). Empty when it may.
     */
    public static Optional<Refusal> refusalOf(DocumentIssued issued, Optional<ArchiveRecord> current) {
        var corrects = issued.corrects();
        if (corrects.reason() == null || corrects.reason().isBlank() || corrects.revision() >= issued.revision()) {
            return Optional.of(refusal("ARCHIVE-CORRECTION-3", "correction-invalid",
                    "更正须说明理由并针对更早的已签发轮次：" + issued.documentId(),
                    "A correction needs a reason and must correct an earlier issued revision: " + issued.documentId()));
        }
        if (current.isEmpty()) {
            return Optional.of(refusal("ARCHIVE-CORRECTION-1", "corrected-record-missing",
                    "被更正的公文尚未归档：" + issued.documentId(),
                    "The corrected document is not in the archive: " + issued.documentId()));
        }
        if (current.get().revision() != corrects.revision()) {
            return Optional.of(refusal("ARCHIVE-CORRECTION-2", "corrected-revision-not-current",
                    "更正针对第 " + corrects.revision() + " 轮，但档案中的现行文件是第 " + current.get().revision() + " 轮："
                            + issued.documentId(),
                    "The correction replaces revision " + corrects.revision() + " but revision "
                            + current.get().revision() + " is current: " + issued.documentId()));
        }
        return Optional.empty();
    }

    private static Refusal refusal(String rule, String code, String zh, String en) {
        return new Refusal(Refusal.Kind.RULE_VIOLATION, code, zh, en, rule, java.util.List.of());
    }
}
