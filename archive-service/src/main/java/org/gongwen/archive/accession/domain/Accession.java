package org.gongwen.archive.accession.domain;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.kernel.Refusal;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentIssued;

/**
 * 归档 decision for an issued document: whether the archive can vouch for it, and in which class it goes.
 * The archive only keeps content whose hash it has re-computed itself and found equal to the signed one.
 */
public final class Accession {

    private Accession() {
    }

    public sealed interface Decision permits Accepted, Refused {
    }

    public record Accepted(ArchivalClass archivalClass) implements Decision {

        public Retention retention() {
            return archivalClass.retention();
        }
    }

    public record Refused(Refusal refusal) implements Decision {
    }

    public static Decision decide(DocumentIssued issued, String recomputedHash, RetentionSchedule schedule) {
        if (issued.content() == null || issued.contentHash() == null
                || !issued.contentHash().equalsIgnoreCase(recomputedHash)) {
            return new Refused(Refusal.of(Refusal.Kind.RULE_VIOLATION, "content-hash-mismatch",
                    "公文内容与签发时的摘要值不一致，拒绝归档：" + issued.documentId(),
                    "The content does not match its signed hash; not archived: " + issued.documentId()));
        }
        if (issued.documentDate() == null) {
            return new Refused(Refusal.of(Refusal.Kind.RULE_VIOLATION, "document-date-missing",
                    "缺少成文日期，无法确定年度：" + issued.documentId(),
                    "No 成文日期, so no archival year: " + issued.documentId()));
        }
        String unit = issued.drafter() == null ? null : issued.drafter().unit();
        if (unit == null || unit.isBlank() || unit.contains("-")) {
            return new Refused(Refusal.of(Refusal.Kind.RULE_VIOLATION, "unit-missing",
                    "缺少承办机构代码，无法编制档号：" + issued.documentId(),
                    "No valid unit code of the drafter, so no 档号: " + issued.documentId()));
        }
        Retention retention = schedule.retentionOf(issued.content().docType());
        return new Accepted(ArchivalClass.of(issued.documentDate(), retention, unit.trim()));
    }
}
