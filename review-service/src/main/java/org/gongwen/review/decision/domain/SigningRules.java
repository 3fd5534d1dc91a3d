package org.gongwen.review.decision.domain;

import java.util.List;
import java.util.Set;

import org.gongwen.events.DocumentContent;

/**
 * Who signs (签发) which documents. 条例 第二十二条: 重要公文 and 上行文 are signed by the organ's 主要负责人 (局长) —
 * REVIEW-CHAIN-2, never configurable away. The office may let its 主任 sign listed kinds of ordinary documents
 * (REVIEW-CHAIN-3, e.g. 平行文 函); a document is 重要 when it is classified (涉密) or of a kind listed as important.
 *
 * @param directorSigns     kinds (docType + direction; direction null = any but 上行) the 办公室主任 may sign
 * @param importantDocTypes kinds always treated as 重要公文
 */
public record SigningRules(List<Kind> directorSigns, Set<String> importantDocTypes) {

    /** The default: only the 局长 signs; 决议, 决定, 命令, 公报 and 议案 count as 重要公文. */
    public static final SigningRules CHIEF_SIGNS_ALL = new SigningRules(List.of(),
            Set.of("决议", "决定", "命令", "公报", "议案"));

    public record Kind(String docType, String direction) {
    }

    public SigningRules {
        directorSigns = directorSigns == null ? List.of() : List.copyOf(directorSigns);
        importantDocTypes = importantDocTypes == null ? Set.of() : Set.copyOf(importantDocTypes);
    }

    /** 上行文 or 重要公文: only the 主要负责人 signs (REVIEW-CHAIN-2). */
    public boolean needsChief(DocumentContent content) {
        return content == null || "上行".equals(content.direction()) || content.classification() != null
                || importantDocTypes.contains(content.docType());
    }

    /** Whether the 办公室主任's approval is the 签发 of this document (REVIEW-CHAIN-3). */
    public boolean directorSigns(DocumentContent content) {
        return !needsChief(content) && directorSigns.stream().anyMatch(k -> k.docType() != null
                && k.docType().equals(content.docType())
                && (k.direction() == null || k.direction().equals(content.direction())));
    }
}
