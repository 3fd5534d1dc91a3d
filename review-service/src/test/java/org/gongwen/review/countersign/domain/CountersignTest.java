package org.gongwen.review.countersign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.signingAt;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.ReviewCountersignRequested;
import org.gongwen.events.ReviewCountersigned;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewStepReopened;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.decision.domain.ChainPolicy;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.review.decision.domain.DecisionRequest;
import org.gongwen.review.decision.domain.DemoOrganisation;
import org.gongwen.review.decision.domain.Outcomes.Countersigned;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.Step;
import org.gongwen.review.decision.domain.Submission;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/** 会签 (REVIEW-COUNTERSIGN-1..4, 条例 第十九条(六), 第二十条(三), TL-DN-4) and 退回 from inside or after it. */
class CountersignTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    /** The demo organisation plus the heads of 养老服务科 (陈静) and 档案室 (周慎); 社会救助科 answers through 孙立. */
    static final OrganisationChart ORG;

    static {
        Map<String, OrganisationChart.Member> members = new HashMap<>(DemoOrganisation.CHART.members());
        members.put("chenjing", new OrganisationChart.Member("chenjing", "陈静", "YLFW", "DEPUTY_DIRECTOR", "机密"));
        ORG = new OrganisationChart(members, DemoOrganisation.CHART.deputyByUnit(), "zhaomin", "wangqiang", "江民发",
                Map.of("YLFW", "chenjing", "DAS", "zhoushen"));
    }

    private static DecisionOutcome decide(Review review, String who, Decision decision, String opinion,
                                          Integer returnTo) {
        return review.decide(new DecisionRequest(who, decision, opinion, review.revision(), null, returnTo),
                signingAt(LATER, 9));
    }

    private static Review ok(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Decided.class);
        return ((Decided) outcome).review();
    }

    private static Review approve(Review review, String who) {
        return ok(decide(review, who, Decision.APPROVE, "同意", null));
    }

    private static Refusal refusal(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).refusal();
    }

    private static DecisionOutcome request(Review review, String who, List<String> units, String rule, Integer n) {
        return Countersigning.request(review, who, review.revision(), units, rule, n, ORG, LATER);
    }

    @Test
    void theDrafterListsTheUnitsToConsultAndTheCountersignSitsAtTheOfficeReviewLevel() {
        Noted noted = (Noted) request(submitted("zhangwei"), "zhangwei", List.of("YLFW", "DAS"), "ALL", null);
        ReviewCountersignRequested event = (ReviewCountersignRequested) noted.event();
        assertThat(event.level()).as("办公室审核 (赵敏) is level 2").isEqualTo(2);
        assertThat(event.required()).isEqualTo(2);
        assertThat(event.countersigners()).extracting(p -> p.username()).containsExactly("chenjing", "zhoushen");
        assertThat(noted.review().current().step(2).orElseThrow().countersign().signers()).hasSize(2);
    }

    @Test
    void allRuleTheOfficeDirectorMayNotApproveBeforeEveryHeadHasCountersigned() {
        Review review = ok(request(submitted("zhangwei"), "zhangwei", List.of("YLFW", "DAS"), "ALL", null));
        review = approve(review, "sunli");
        assertThat(refusal(decide(review, "zhaomin", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("countersign-pending");
        Countersigned first = (Countersigned) decide(review, "chenjing", Decision.APPROVE, "无意见", null);
        assertThat(((ReviewCountersigned) first.event()).complete()).isFalse();
        assertThat(refusal(decide(first.review(), "chenjing", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("step-decided");
        Countersigned second = (Countersigned) decide(first.review(), "zhoushen", Decision.APPROVE, "同意", null);
        assertThat(((ReviewCountersigned) second.event()).complete()).isTrue();
        Review signed = approve(approve(second.review(), "zhaomin"), "wangqiang");
        assertThat(signed.status()).isEqualTo(ReviewStatus.ISSUED);
    }

    @Test
    void anyRuleOneApprovalCompletesItAndTheOthersAreNoLongerAsked() {
        Review review = approve(ok(request(submitted("zhangwei"), "zhangwei", List.of("YLFW", "DAS"), "ANY", null)),
                "sunli");
        review = ok(decide(review, "zhoushen", Decision.APPROVE, "同意", null));
        assertThat(refusal(decide(review, "chenjing", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("countersign-complete");
        assertThat(approve(review, "zhaomin").current().currentLevel()).isEqualTo(3);
    }

    @Test
    void nOfMRuleNeedsExactlyNApprovalsAndNMustBeBetween1AndM() {
        assertThat(refusal(request(submitted("zhangwei"), "zhangwei", List.of("YLFW", "DAS"), "N_OF_M", 3)).rule())
                .isEqualTo("REVIEW-COUNTERSIGN-2");
        // lina's chain: 赵敏 (level 1, 办公室审核, so the 会签 step) then 王强; 社会救助科 answers through its 分管 孙立
        Review review = ok(request(submitted("lina"), "lina", List.of("SHJZ", "DAS"), "N_OF_M", 1));
        assertThat(refusal(decide(review, "zhaomin", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("countersign-pending");
        review = approve(approve(review, "sunli"), "zhaomin");
        assertThat(review.current().currentLevel()).isEqualTo(2);
    }

    @Test
    void returnToLevel1FromLevel3InsideACountersignStep() {
        Review atSigner = approve(approve(submitted("zhangwei"), "sunli"), "zhaomin");
        // the 局长 asks 养老服务科 to countersign on his own step (level 3) before he signs
        Review countersigning = ok(request(atSigner, "wangqiang", List.of("YLFW"), "ALL", null));
        assertThat(countersigning.current().step(3).orElseThrow().countersign()).isNotNull();
        Countersigned back = (Countersigned) decide(countersigning, "chenjing", Decision.RETURN, "补充养老机构数据", 1);
        ReviewStepReopened reopened = (ReviewStepReopened) back.event();
        assertThat(reopened.fromLevel()).isEqualTo(3);
        assertThat(reopened.toLevel()).isEqualTo(1);
        assertThat(back.moreEvents()).singleElement().isInstanceOfSatisfying(ReviewCountersigned.class,
                e -> assertThat(e.decision()).isEqualTo("RETURN"));
        Round round = back.review().current();
        assertThat(round.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(round.currentLevel()).isEqualTo(1);
        assertThat(round.step(3).orElseThrow().countersign().signers()).allMatch(Countersign.Countersigner::pending);
        // back through the chain: the 会签 is asked again at level 3 before the 局长 may sign
        Review again = approve(approve(back.review(), "sunli"), "zhaomin");
        assertThat(refusal(decide(again, "wangqiang", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("countersign-pending");
        Review issued = approve(approve(again, "chenjing"), "wangqiang");
        DocumentIssued event = (DocumentIssued) ((Decided) decide(approve(again, "chenjing"), "wangqiang",
                Decision.APPROVE, "同意", null)).event();
        assertThat(issued.status()).isEqualTo(ReviewStatus.ISSUED);
        assertThat(event.trail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED", "APPROVED",
                "COUNTERSIGN_REQUESTED", "SENT_BACK", "APPROVED", "APPROVED", "COUNTERSIGNED", "SIGNED");
        assertThat(event.trail().get(4).role()).isEqualTo("COUNTERSIGNER");
        assertThat(event.trail().get(7).actor().username()).isEqualTo("chenjing");
    }

    @Test
    void returnAfterACountersignStepAsksTheCountersignersAgain() {
        Review review = approve(ok(request(submitted("zhangwei"), "zhangwei", List.of("YLFW"), "ALL", null)), "sunli");
        review = approve(approve(review, "chenjing"), "zhaomin");
        review = ok(decide(review, "wangqiang", Decision.RETURN, "会签意见需再确认", 2));
        Step office = review.current().step(2).orElseThrow();
        assertThat(review.current().currentLevel()).isEqualTo(2);
        assertThat(office.countersign().complete()).isFalse();
        assertThat(refusal(decide(review, "zhaomin", Decision.APPROVE, "同意", null)).code())
                .isEqualTo("countersign-pending");
    }

    @Test
    void aCountersignerReturnsToTheDrafterWithAnOpinionButNeverRejects() {
        Review review = approve(ok(request(submitted("zhangwei"), "zhangwei", List.of("YLFW"), "ALL", null)), "sunli");
        Refusal reject = refusal(decide(review, "chenjing", Decision.REJECT, "不同意", null));
        assertThat(reject.rule()).isEqualTo("REVIEW-COUNTERSIGN-3");
        assertThat(refusal(decide(review, "chenjing", Decision.RETURN, " ", null)).code()).isEqualTo("opinion-required");
        Countersigned returned = (Countersigned) decide(review, "chenjing", Decision.RETURN, "涉及养老服务科职责，请修改第三段", null);
        assertThat(returned.review().status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(((ReviewReturned) returned.event()).role()).isEqualTo("COUNTERSIGNER");
    }

    @Test
    void onlyOtherUnitsWithAHeadCountersignAndNobodyTwice() {
        Review review = submitted("zhangwei");
        assertThat(refusal(request(review, "zhangwei", List.of("SHJZ"), "ALL", null)).rule())
                .as("the drafting unit").isEqualTo("REVIEW-COUNTERSIGN-1");
        assertThat(refusal(request(review, "zhangwei", List.of("JLD"), "ALL", null)).code())
                .as("no head").isEqualTo("invalid-countersign");
        assertThat(refusal(request(review, "zhangwei", List.of("YLFW", "YLFW"), "ALL", null)).violations().get(0).field())
                .isEqualTo("units");
        assertThat(refusal(request(review, "zhaomin", List.of("YLFW"), "ALL", null)).code())
                .as("neither drafter nor current reviewer").isEqualTo("not-countersign-requester");
        Review past = approve(approve(review, "sunli"), "zhaomin");
        assertThat(refusal(request(past, "zhangwei", List.of("YLFW"), "ALL", null)).code())
                .isEqualTo("countersign-too-late");
    }

    @Test
    void aCountersignConfiguredForTheDocumentKindIsPlacedWhenTheChainIsBuilt() {
        DocumentContent jiyao = new DocumentContent("纪要", "局务会议纪要", List.of(), List.of(), "正文", null, null, null,
                "下行", List.of(), null);
        List<CountersignRule> rules = List.of(new CountersignRule("纪要", null, List.of("YLFW", "SHJZ"), "ALL", null));
        var chain = ((ChainPolicy.ChainOutcome.Built) ChainPolicy.build(DemoOrganisation.person("zhangwei"), ORG))
                .steps();
        Countersign.Planned planned = CountersignRule.requirementFor(rules, jiyao, ORG,
                DemoOrganisation.person("zhangwei"), chain);
        assertThat(planned.countersign().signers()).extracting(s -> s.person().username())
                .as("社会救助科 drafts, so only 养老服务科 countersigns").containsExactly("chenjing");
        Outcomes.Started started = (Outcomes.Started) Review.receive(Optional.empty(), new Submission("doc-9", 1,
                DemoOrganisation.person("zhangwei"), jiyao, "h", T0), chain, planned.countersign(), T0,
                ReviewDeadlines.DEFAULT);
        assertThat(started.moreEvents()).singleElement().isInstanceOfSatisfying(ReviewCountersignRequested.class,
                e -> assertThat(e.level()).isEqualTo(2));
        assertThat(CountersignRule.requirementFor(rules, DemoOrganisation.content(null), ORG,
                DemoOrganisation.person("zhangwei"), chain).countersign()).as("a 通知 has none").isNull();
    }
}
