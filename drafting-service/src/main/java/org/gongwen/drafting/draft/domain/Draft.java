package org.gongwen.drafting.draft.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.jspecify.annotations.Nullable;

/**
 * A document being drafted and, once submitted, followed through review to issue and archive. Immutable: every
 * change returns a new draft inside an {@link Outcome}; a refusal changes nothing.
 *
 * @param revision how many times it was submitted (0 before the first)
 * @param version  how many times its content was saved (1 at creation)
 * @param chain    the review chain of the current revision, empty until review-service assigns it
 * @param history  opinions of rounds that ended in RETURN or REJECT, oldest first
 * @param signer   签发人, once review-service reports the 签发 (document.issued)
 * @param documentDate 成文日期 (the 签发 date, 条例 第九条(十二)), from the same event
 * @param inReplyTo    the 收文 this draft answers (答复, issue 17), fixed when the draft is started
 * @param correction   the 更正 of the issued document, open while with the signer ({@link Correcting})
 */
public record Draft(UUID id, DocumentContent content, Person drafter, DraftStatus status, int revision, long version,
                    Instant createdAt, Instant updatedAt, List<ChainLevel> chain, List<ReviewOpinion> history,
                    @Nullable String documentNumber, @Nullable Person signer, @Nullable Instant issuedAt,
                    @Nullable String archiveNo, @Nullable LocalDate documentDate, @Nullable ReplyTo inReplyTo,
                    @Nullable Correction correction) {

    public Draft {
        chain = chain == null ? List.of() : List.copyOf(chain);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Outcome create(UUID id, DocumentContent content, Actor drafter, Instant now) {
        return create(id, content, drafter, null, now);
    }

    /** 拟稿, as the reply to a 收文 when {@code inReplyTo} names one (DRAFT-REPLY-1: the link is well formed). */
    public static Outcome create(UUID id, DocumentContent content, Actor drafter, @Nullable ReplyTo inReplyTo,
                                 Instant now) {
        List<RuleViolation> invalid = new ArrayList<>(DraftInputRules.check(content));
        if (inReplyTo != null) {
            invalid.addAll(inReplyTo.violations());
        }
        if (!invalid.isEmpty()) {
            return Outcome.refused(DraftInputRules.invalid(invalid));
        }
        if (!clearedFor(drafter, content)) {
            return Outcome.refused(aboveClearance());
        }
        return Outcome.accepted(new Draft(id, content, drafter.person(), DraftStatus.DRAFT, 0, 1, now, now,
                List.of(), List.of(), null, null, null, null, null, inReplyTo, null));
    }

    /** A save: only by the drafter, only while the draft is with them, only against the version they read. */
    public Outcome edit(DocumentContent newContent, Actor editor, @Nullable Long expectedVersion, Instant now) {
        Optional<Refusal> notNow = editableBy(editor, expectedVersion);
        if (notNow.isPresent()) {
            return Outcome.refused(notNow.get());
        }
        List<RuleViolation> invalid = DraftInputRules.check(newContent);
        if (!invalid.isEmpty()) {
            return Outcome.refused(DraftInputRules.invalid(invalid));
        }
        if (!clearedFor(editor, newContent)) {
            return Outcome.refused(aboveClearance());
        }
        return Outcome.accepted(new Draft(id, newContent, drafter, status, revision, version + 1, createdAt, now,
                chain, history, documentNumber, signer, issuedAt, archiveNo, documentDate, inReplyTo, correction));
    }

    /**
     * Whether this editor may save against this version now: the drafter only, with the version they read
     * (If-Match), while the draft is with them. Asked first by every kind of save, attachments included.
     */
    public Optional<Refusal> editableBy(Actor editor, @Nullable Long expectedVersion) {
        if (!isDrafter(editor)) {
            return Optional.of(notTheDrafter());
        }
        if (expectedVersion == null) {
            return Optional.of(Refusal.of(Refusal.Kind.PRECONDITION_REQUIRED, "if-match-required",
                    "修改公文须带 If-Match（所读取的版本）。", "Send If-Match with the version you read."));
        }
        if (expectedVersion != version) {
            return Optional.of(Refusal.of(Refusal.Kind.STALE, "stale-version",
                    "公文已被修改（当前版本 " + version + "），请重新读取后再改。",
                    "The draft changed meanwhile (now version " + version + "); read it again."));
        }
        if (!status.editable()) {
            return Optional.of(wrongStatus(status, "修改", "edited"));
        }
        return Optional.empty();
    }

    /** 送审: the format rules decide; any ERROR keeps the draft with the drafter. */
    public Outcome submit(Actor by, List<RuleViolation> formatFindings, Instant now) {
        if (!isDrafter(by)) {
            return Outcome.refused(notTheDrafter());
        }
        if (!status.editable()) {
            return Outcome.refused(wrongStatus(status, "送审", "submitted"));
        }
        if (formatFindings.stream().anyMatch(RuleViolation::blocking)) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "format-rules-failed",
                    "公文不符合格式规则，请修改后再送审。", "The draft breaks format rules; fix them before submitting.",
                    null, formatFindings));
        }
        return Outcome.accepted(new Draft(id, content, drafter, DraftStatus.IN_REVIEW, revision + 1, version, createdAt,
                now, List.of(), history, documentNumber, signer, issuedAt, archiveNo, documentDate, inReplyTo, correction));
    }

    /** 撤回: only before any reviewer decided on this revision — after that the decision stands. */
    public Outcome withdraw(Actor by, Instant now) {
        if (!isDrafter(by)) {
            return Outcome.refused(notTheDrafter());
        }
        if (status != DraftStatus.IN_REVIEW) {
            return Outcome.refused(wrongStatus(status, "撤回", "withdrawn"));
        }
        if (chain.stream().anyMatch(ChainLevel::decided)) {
            return Outcome.refused(Refusal.of(Refusal.Kind.CONFLICT, "review-decided",
                    "已有审核人作出决定，不能撤回。", "A reviewer has already decided; the draft can no longer be withdrawn."));
        }
        return Outcome.accepted(withStatus(DraftStatus.WITHDRAWN, now));
    }

    public boolean isDrafter(Actor actor) {
        return drafter.username().equals(actor.username());
    }

    /**
     * Whether the draft exists for this caller at all: a 涉密 draft is managed at its 密级 (党政机关公文处理工作条例
     * 第三十条), so above the caller's clearance it is treated as absent (404, never listed), as in the archive.
     */
    public boolean visibleTo(Actor actor) {
        return clearedFor(actor, content);
    }

    /**
     * The drafter, anyone in the chain of the current or an earlier round, and auditors may read a draft, each only
     * within their clearance ({@link #visibleTo}).
     */
    public boolean readableBy(Actor actor) {
        return visibleTo(actor) && (isDrafter(actor) || actor.isAuditor()
                || chain.stream().anyMatch(l -> l.reviewer() != null && actor.username().equals(l.reviewer().username()))
                || history.stream().anyMatch(o -> o.reviewer() != null && actor.username().equals(o.reviewer().username())));
    }

    Draft withStatus(DraftStatus newStatus, Instant now) {
        return new Draft(id, content, drafter, newStatus, revision, version, createdAt, now, chain, history,
                documentNumber, signer, issuedAt, archiveNo, documentDate, inReplyTo, correction);
    }

    Draft withChain(List<ChainLevel> newChain, Instant now) {
        return new Draft(id, content, drafter, status, revision, version, createdAt, now, newChain, history,
                documentNumber, signer, issuedAt, archiveNo, documentDate, inReplyTo, correction);
    }

    Draft withReviewEnd(DraftStatus newStatus, List<ChainLevel> newChain, ReviewOpinion opinion, Instant now) {
        List<ReviewOpinion> more = new ArrayList<>(history);
        more.add(opinion);
        return new Draft(id, content, drafter, newStatus, revision, version, createdAt, now, newChain, more,
                documentNumber, signer, issuedAt, archiveNo, documentDate, inReplyTo, correction);
    }

    Draft withIssue(List<ChainLevel> newChain, String number, Person by, Instant at, LocalDate date) {
        return new Draft(id, content, drafter, DraftStatus.ISSUED, revision, version, createdAt, at, newChain, history,
                number, by, at, archiveNo, date, inReplyTo, null);
    }

    Draft withArchiveNo(String number, Instant at) {
        return new Draft(id, content, drafter, DraftStatus.ARCHIVED, revision, version, createdAt, at, chain, history,
                documentNumber, signer, issuedAt, number, documentDate, inReplyTo, correction);
    }

    private static boolean clearedFor(Actor actor, DocumentContent content) {
        // an unknown marking never gets this far when entered (GB-SEC-1); judged, it counts as 绝密 (fail closed)
        return Classification.clears(actor.clearance(), content.classification());
    }

    private static Refusal aboveClearance() {
        return Refusal.of(Refusal.Kind.FORBIDDEN, "above-clearance", "公文密级高于您的涉密等级，不能拟制或修改。",
                "The classification is above your clearance.");
    }

    private static Refusal notTheDrafter() {
        return Refusal.of(Refusal.Kind.FORBIDDEN, "not-the-drafter", "只有拟稿人可以执行此操作。",
                "Only the drafter may do this.");
    }

    private static Refusal wrongStatus(DraftStatus status, String actionZh, String actionEn) {
        return Refusal.of(Refusal.Kind.CONFLICT, "invalid-status", "公文当前状态为 " + status + "，不能" + actionZh + "。",
                "The draft is " + status + "; it cannot be " + actionEn + ".");
    }
}
