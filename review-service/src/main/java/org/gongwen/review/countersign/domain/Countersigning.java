package org.gongwen.review.countersign.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongwen.events.Classification;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.events.ReviewCountersignRequested;
import org.gongwen.events.ReviewCountersigned;
import org.gongwen.events.ReviewReturned;
import org.gongwen.review.decision.domain.Act;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.review.decision.domain.DecisionRequest;
import org.gongwen.review.decision.domain.Outcomes.Countersigned;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.Reopened;
import org.gongwen.review.decision.domain.Reopening;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.Signing;
import org.gongwen.review.decision.domain.Step;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * 会签: where it sits in a chain, who answers for the units concerned, asking for it, and a countersigner's act.
 * The drafting unit lists the units whose authority the document touches (条例 第十九条(六)); the 办公室 checks they
 * agreed before 签发 (第二十条(三), TL-DN-4), so the 会签 sits at the 办公室审核 level (REVIEW-COUNTERSIGN-4).
 */
public final class Countersigning {

    private Countersigning() {
    }

    /** The 办公室审核 level (role DIRECTOR) of a chain; a chain without one (the 主任 drafted) has it at 签发. */
    public static int levelFor(List<ChainStep> chain) {
        return chain.stream().filter(s -> "DIRECTOR".equals(s.role())).mapToInt(ChainStep::level).findFirst()
                .orElse(chain.get(chain.size() - 1).level());
    }

    static int levelFor(Round round) {
        // the 办公室审核 level of the standing chain, never a reviewer added ad hoc (加签) in the same role
        return levelFor(round.standingSteps().stream().map(s -> new ChainStep(s.level(), s.role(), s.reviewer()))
                .toList());
    }

    /**
     * The head of each listed unit (REVIEW-COUNTERSIGN-1): units other than the drafter's, each named once, each with
     * a head who is neither the drafter nor the owner of the 会签 step, nobody twice; and each head cleared for the
     * document's 密级 {@code level} (REVIEW-CLEARANCE-2, 条例 第三十条: a classified document only reaches people
     * cleared for it; an unknown clearance is none).
     */
    public static Resolved resolve(List<String> units, OrganisationChart org, Person drafter, Person owner,
                                   Classification level) {
        if (units == null || units.isEmpty()) {
            return Resolved.refused("请列出需会签的单位。", "List the units to countersign.");
        }
        Set<String> seen = new HashSet<>();
        List<Person> heads = new ArrayList<>();
        for (String unit : units) {
            if (unit == null || unit.isBlank() || !seen.add(unit.strip())) {
                return Resolved.refused("会签单位不能为空或重复。", "A unit is blank or listed twice.");
            }
            if (unit.strip().equals(drafter.unit())) {
                return Resolved.refused("起草单位不参加本单位公文的会签：" + unit, "The drafting unit does not countersign: " + unit);
            }
            Optional<OrganisationChart.Member> head = org.headOf(unit.strip());
            if (head.isEmpty()) {
                return Resolved.refused("单位 " + unit + " 没有负责人，无法会签。", "Unit " + unit + " has no head to countersign.");
            }
            String who = head.get().username();
            if (who.equals(drafter.username()) || (owner != null && who.equals(owner.username()))
                    || heads.stream().anyMatch(p -> p.username().equals(who))) {
                return Resolved.refused("单位 " + unit + " 的负责人已是起草人、本环节审核人或其他会签人。",
                        "The head of " + unit + " is the drafter, the step's reviewer or already a countersigner.");
            }
            if (!head.get().clearedFor(level)) {
                return new Resolved(List.of(), Refusal.ruleViolation("countersigner-clearance-too-low", "单位 " + unit
                        + " 的会签人（" + head.get().name() + "）的涉密等级不足以阅办" + level + "公文。", "The countersigner of "
                        + unit + " (" + who + ") is not cleared for a " + level + " document.", "REVIEW-CLEARANCE-2",
                        "units"));
            }
            heads.add(head.get().asPerson());
        }
        return new Resolved(heads, null);
    }

    /** The heads found, or why the list cannot be countersigned. */
    public record Resolved(List<Person> heads, @Nullable Refusal refusal) {

        static Resolved refused(String zh, String en) {
            return new Resolved(List.of(), Refusal.ruleViolation("invalid-countersign", zh, en, "REVIEW-COUNTERSIGN-1", "units"));
        }
    }

    /**
     * 会签 asked for by the drafter (at the 办公室审核 level, while not yet passed) or by the owner of the current
     * step (on that step). Replaces an earlier request as long as no countersigner has answered it.
     */
    public static DecisionOutcome request(Review review, String caller, int revision, List<String> units, String rule,
                                          Integer n, OrganisationChart org, Instant now) {
        Round round = review.current();
        if (revision != round.revision() || round.status() != ReviewStatus.IN_REVIEW) {
            return new Refused(Refusal.conflict("not-in-review", "该稿本不在审核中或已过时。",
                    "That revision is not the one in review."));
        }
        Step current = round.currentStep();
        boolean drafter = review.drafter().username().equals(caller);
        if (!drafter && !current.isReviewer(caller)) {
            return new Refused(Refusal.forbidden("not-countersign-requester", "只有起草人或当前环节审核人可以发起会签。",
                    "Only the drafter or the reviewer of the current step may ask for 会签."));
        }
        int level = drafter ? levelFor(round) : current.level();
        if (level < current.level()) {
            return new Refused(Refusal.conflict("countersign-too-late", "会签环节（办公室审核）已经过，请由当前审核人发起。",
                    "The 会签 level has passed; the current reviewer may ask for 会签 on their own step."));
        }
        Step step = round.step(level).orElseThrow();
        if (step.countersign() != null && step.countersign().anyDecided()) {
            return new Refused(Refusal.conflict("countersign-started", "已有会签人提出意见，会签不能再更改。",
                    "A countersigner has already answered; the 会签 can no longer be changed."));
        }
        Resolved resolved = resolve(units, org, review.drafter(), step.reviewer(), review.classification());
        if (resolved.refusal() != null) {
            return new Refused(resolved.refusal());
        }
        Countersign.Planned planned = Countersign.plan(rule, n, resolved.heads());
        if (planned.refusal() != null) {
            return new Refused(planned.refusal());
        }
        Countersign cs = planned.countersign();
        Person requester = drafter ? review.drafter() : current.reviewer();
        String note = "会签：" + String.join("、", resolved.heads().stream().map(Person::name).toList())
                + "（" + cs.rule() + "，" + cs.required() + "/" + cs.signers().size() + "）";
        Round changed = round.with(step.countersignedAs(cs), round.status(), round.currentLevel())
                .logged(new Act(Act.COUNTERSIGN_REQUESTED, requester, drafter ? null : current.role(), level, now, note,
                        null));
        return new Noted(review.withCurrent(changed), new ReviewCountersignRequested(review.documentId(),
                round.revision(), level, cs.rule(), cs.required(), resolved.heads(), requester, now));
    }

    /**
     * A countersigner answers (REVIEW-COUNTERSIGN-3): 同意, or 退回 with an opinion — to the drafter, or to an
     * earlier level that approved (which decides again; the 会签 starts over when its step is reached again).
     * A countersigner never rejects the document, and once the rule is met the others are no longer asked.
     */
    public static DecisionOutcome decide(Review review, Round round, Step step, DecisionRequest request, Signing signing) {
        Countersign cs = step.countersign();
        Countersign.Countersigner me = cs.of(request.username()).orElseThrow();
        if (!me.pending()) {
            return new Refused(Refusal.conflict("step-decided", "您已提出会签意见。", "You have already countersigned."));
        }
        if (cs.complete()) {
            return new Refused(Refusal.conflict("countersign-complete", "会签已按规则完成，无需再签。",
                    "The 会签 is already complete under its rule."));
        }
        if (request.decision() == Decision.REJECT) {
            return new Refused(Refusal.ruleViolation("countersign-cannot-reject", "会签单位可以不同意并退回，但不能决定不予发文。",
                    "A countersigner may disagree and return, never reject.", "REVIEW-COUNTERSIGN-3", "decision"));
        }
        String opinion = request.opinion() == null || request.opinion().isBlank() ? null : request.opinion().strip();
        if (request.decision().needsOpinion() && opinion == null) {
            return new Refused(Decision.opinionRequired(request.decision()));
        }
        Instant now = signing.now();
        Countersign after = cs.decided(me.person().username(), request.decision(), opinion, now);
        Step answered = step.countersignedAs(after);
        ReviewCountersigned countersigned = new ReviewCountersigned(review.documentId(), round.revision(),
                step.level(), me.person(), request.decision().name(), opinion, after.complete(), now);
        Round withAnswer = round.with(answered, round.status(), round.currentLevel());
        if (request.decision() == Decision.APPROVE) {
            Round logged = withAnswer.logged(new Act(Act.COUNTERSIGNED, me.person(), Countersign.ROLE, step.level(),
                    now, opinion, null));
            return new Countersigned(review.withCurrent(logged), countersigned, List.of());
        }
        Integer target = request.returnToLevel();
        if (target != null && target != 0) {
            DecisionOutcome back = Reopening.sendBack(review, withAnswer, answered, target, me.person(), null,
                    opinion, signing, Countersign.ROLE);
            return back instanceof Reopened reopened
                    ? new Countersigned(reopened.review(), reopened.event(), List.of(countersigned))
                    : back;
        }
        Round returned = withAnswer.with(answered.decidedAs(Decision.RETURN, opinion, now), ReviewStatus.RETURNED,
                        step.level())
                .logged(new Act(Act.RETURNED, me.person(), Countersign.ROLE, step.level(), now, opinion, null));
        return new Countersigned(review.withCurrent(returned), new ReviewReturned(review.documentId(),
                round.revision(), step.level(), Countersign.ROLE, me.person(), opinion, now), List.of(countersigned));
    }
}
