package org.gongwen.drafting.draft.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.events.DocumentContent;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;

/**
 * 更正 after 签发 (条例 第二十五条: a substantive change to a signed document goes back to its original signer for
 * 复审). The changed content becomes the next revision of the same document and is submitted at once; the issued
 * revision stays valid until the signer signs the correction. Refusals carry the project's rule ids:
 * <ul>
 *   <li>CORRECTION-1: only an issued (ISSUED or ARCHIVED) document can be corrected;</li>
 *   <li>CORRECTION-2: a reason (更正理由) is required;</li>
 *   <li>CORRECTION-3: something must change;</li>
 *   <li>CORRECTION-4: one correction at a time;</li>
 *   <li>CORRECTION-5: only the drafter or someone of the drafter's unit may ask for it;</li>
 *   <li>CORRECTION-6: 文种, 密级, 保密期限, 行文方向, 发文机关 and 份号 cannot change — such a change is a new
 *       document, not a correction of this one (its 文号, class and 档号 depend on them);</li>
 *   <li>CORRECTION-7: the corrected content must pass the draft input and format rules like any submission.</li>
 * </ul>
 */
public final class Correcting {

    /** The fields that identify the issued document rather than word it. */
    private static final List<Fixed> FIXED = List.of(
            new Fixed("docType", "文种", DocumentContent::docType),
            new Fixed("classification", "密级", DocumentContent::classification),
            new Fixed("classificationPeriodYears", "保密期限", DocumentContent::classificationPeriodYears),
            new Fixed("direction", "行文方向", DocumentContent::direction),
            new Fixed("issuingOrgan", "发文机关", DocumentContent::issuingOrgan),
            new Fixed("copyNumber", "份号", DocumentContent::copyNumber));

    private record Fixed(String field, String nameZh, Function<DocumentContent, Object> value) {
    }

    private Correcting() {
    }

    public static Outcome correct(Draft draft, Actor by, DocumentContent changed, String reason,
                                  List<RuleViolation> formatFindings, Instant now) {
        if (!draft.visibleTo(by)) {
            return Outcome.refused(Refusal.of(Refusal.Kind.NOT_FOUND, "draft-not-found", "公文不存在。", "No such draft."));
        }
        if (!draft.isDrafter(by) && (by.unit().isBlank() || !by.unit().equals(draft.drafter().unit()))) {
            return Outcome.refused(new Refusal(Refusal.Kind.FORBIDDEN, "correction-not-allowed",
                    "只有拟稿人或拟稿单位的人员可以申请更正。", "Only the drafter or their unit may ask for a correction.",
                    "CORRECTION-5", List.of()));
        }
        if (draft.correction() != null && draft.correction().open()) {
            return Outcome.refused(new Refusal(Refusal.Kind.CONFLICT, "correction-in-progress",
                    "已有一项更正正在复审中。", "A correction of this document is already with the signer.",
                    "CORRECTION-4", List.of()));
        }
        if (draft.status() != DraftStatus.ISSUED && draft.status() != DraftStatus.ARCHIVED) {
            return Outcome.refused(new Refusal(Refusal.Kind.CONFLICT, "correction-not-issued",
                    "公文尚未签发（当前状态 " + draft.status() + "），不能更正；签发前请修改草稿。",
                    "The document is " + draft.status() + ", not issued; change the draft itself instead.",
                    "CORRECTION-1", List.of()));
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.ruleViolation("correction-reason-required", "请填写更正理由。",
                    "Say why the issued document is corrected.", "CORRECTION-2", "reason"));
        }
        List<RuleViolation> fixed = new ArrayList<>();
        for (Fixed f : FIXED) {
            if (!Objects.equals(f.value().apply(draft.content()), f.value().apply(changed))) {
                fixed.add(RuleViolation.error("CORRECTION-6", f.field(), f.nameZh() + "不能通过更正修改。",
                        "The " + f.field() + " cannot change in a correction."));
            }
        }
        if (!fixed.isEmpty()) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "correction-field-fixed",
                    "更正不能修改文种、密级、保密期限、行文方向、发文机关或份号；如需修改请另行拟文。",
                    "A correction cannot change the doc type, classification, period, direction, organ or copy number.",
                    "CORRECTION-6", fixed));
        }
        if (changed.equals(draft.content())) {
            return Outcome.refused(Refusal.ruleViolation("correction-unchanged", "更正内容与已签发文件相同。",
                    "The corrected content is the same as the issued one.", "CORRECTION-3", null));
        }
        List<RuleViolation> invalid = DraftInputRules.check(changed);
        if (!invalid.isEmpty()) {
            return Outcome.refused(DraftInputRules.invalid(invalid));
        }
        if (formatFindings.stream().anyMatch(RuleViolation::blocking)) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "format-rules-failed",
                    "更正内容不符合格式规则。", "The corrected content breaks format rules.", "CORRECTION-7",
                    formatFindings));
        }
        // after a correction was returned or rejected, the issued revision is still the one before it
        int issuedRevision = draft.correction() == null ? draft.revision() : draft.correction().issuedRevision();
        Correction correction = new Correction(issuedRevision, reason.strip(), draft.content(), draft.status(), true);
        return Outcome.accepted(new Draft(draft.id(), changed, draft.drafter(), DraftStatus.IN_REVIEW,
                draft.revision() + 1, draft.version() + 1, draft.createdAt(), now, List.of(), draft.history(),
                draft.documentNumber(), draft.signer(), draft.issuedAt(), draft.archiveNo(), draft.documentDate(),
                draft.inReplyTo(), correction));
    }

    /**
     * The signer returned or rejected the correction: the issued revision stays valid, so the draft is that
     * document again (its content, status, 文号), with the opinion in its history and the correction closed.
     */
    static Draft withdrawnCorrection(Draft draft, ReviewOpinion opinion, Instant now) {
        List<ReviewOpinion> history = new ArrayList<>(draft.history());
        history.add(opinion);
        Correction c = draft.correction();
        return new Draft(draft.id(), c.issuedContent(), draft.drafter(), c.issuedStatus(), draft.revision(),
                draft.version() + 1, draft.createdAt(), now, draft.chain(), history, draft.documentNumber(),
                draft.signer(), draft.issuedAt(), draft.archiveNo(), draft.documentDate(), draft.inReplyTo(),
                c.closed());
    }
}
