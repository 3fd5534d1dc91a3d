package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.CHART;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.events.TrailEntry;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.countersign.domain.Countersigning;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/** 加签/减签 (REVIEW-ADHOC-1..8) and the rules of the chain they must keep (REVIEW-CHAIN-1, -4, REVIEW-CLEARANCE). */
class AddingReviewersTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));
    private static final OrganisationChart.Member CHENJING =
            new OrganisationChart.Member("chenjing", "陈静", "BGS", "DEPUTY_DIRECTOR");
    private static final OrganisationChart WITH_CHENJING = chart(CHART.officeDirector(), CHENJING);

    private static OrganisationChart chart(String director, OrganisationChart.Member... extra) {
        Map<String, OrganisationChart.Member> members = new HashMap<>(CHART.members());
        for (OrganisationChart.Member m : extra) {
            members.put(m.username(), m);
        }
        return new OrganisationChart(members, CHART.deputyByUnit(), director, CHART.signer(), CHART.agencyCode());
    }

    private static Signing at(OrganisationChart org) {
        return new Signing(LATER, ReviewDeadlines.DEFAULT, "江民发", (c, y) -> 9, Map.of(), org,
                SigningRules.CHIEF_SIGNS_ALL);
    }

    private static Review approve(Review review, String who, OrganisationChart org) {
        return ((Decided) review.decide(new DecisionRequest(who, Decision.APPROVE, "同意", review.revision()), at(org)))
                .review();
    }

    private static Review approve(Review review, String who) {
        return approve(review, who, CHART);
    }

    private static DecisionOutcome add(Review review, String caller, String who, String opinion) {
        return review.addReviewer(caller, review.revision(), who, opinion, at(CHART));
    }

    private static Refusal refusal(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).refusal();
    }

    private static List<String> reviewers(Review review) {
        return review.current().steps().stream().map(s -> s.level() + ":" + s.reviewer().username()).toList();
    }

    /** zhangwei's chain at 赵敏 (level 2 of sunli → zhaomin → wangqiang). */
    private static Review atZhaomin() {
        return approve(submitted("zhangwei"), "sunli");
    }

    @Test
    void REVIEW_ADHOC_theAddedReviewerComesRightAfterTheCallerDecidesLikeAnyLevelAndTheTrailNamesThem() {
        Noted added = (Noted) add(atZhaomin(), "zhaomin", "liuyang", "涉及救助资金，请刘洋局长把关");
        assertThat(reviewers(added.review())).containsExactly("1:sunli", "2:zhaomin", "3:liuyang", "4:wangqiang");
        Step step = added.review().current().step(3).orElseThrow();
        assertThat(step.adHoc()).isTrue();
        assertThat(step.role()).isEqualTo("CHIEF");
        assertThat(step.addedBy().username()).isEqualTo("zhaomin");
        assertThat(step.assignedAt()).isNull();
        ReviewReviewerAdded event = (ReviewReviewerAdded) added.event();
        assertThat(event.level()).isEqualTo(3);
        assertThat(event.reviewer().username()).isEqualTo("liuyang");
        assertThat(event.actor().username()).isEqualTo("zhaomin");
        assertThat(event.opinion()).isEqualTo("涉及救助资金，请刘洋局长把关");

        Review atLiuyang = approve(added.review(), "zhaomin");
        assertThat(atLiuyang.current().currentLevel()).isEqualTo(3);
        assertThat(atLiuyang.current().currentStep().assignedAt()).isEqualTo(LATER);
        assertThat(atLiuyang.current().currentStep().dueAt()).isNotNull();
        Review atWangqiang = approve(atLiuyang, "liuyang");
        Issued issued = (Issued) atWangqiang.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 1),
                at(CHART));
        List<TrailEntry> trail = issued.event().trail();
        assertThat(trail).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED", "REVIEWER_ADDED",
                "APPROVED", "APPROVED", "SIGNED");
        TrailEntry addedEntry = trail.get(2);
        assertThat(addedEntry.actor().username()).isEqualTo("zhaomin");
        assertThat(addedEntry.role()).isEqualTo("DIRECTOR");
        assertThat(addedEntry.at()).isEqualTo(LATER);
        assertThat(addedEntry.opinion()).isEqualTo("刘洋（liuyang）：涉及救助资金，请刘洋局长把关");
        assertThat(trail.get(4).actor().username()).isEqualTo("liuyang");
        assertThat(trail.get(4).level()).isEqualTo(3);
        assertThat(issued.event().signer().username()).isEqualTo("wangqiang");
    }

    @Test
    void REVIEW_ADHOC_theAddedReviewerMayReturnTheDocumentLikeAnyLevel() {
        Review atLiuyang = approve(((Noted) add(atZhaomin(), "zhaomin", "liuyang", "请把关")).review(), "zhaomin");
        DecisionOutcome returned = atLiuyang.decide(new DecisionRequest("liuyang", Decision.RETURN, "数据有误", 1),
                at(CHART));
        assertThat(returned).isInstanceOf(Outcomes.Returned.class);
        assertThat(((Outcomes.Returned) returned).event().level()).isEqualTo(3);
    }

    @Test
    void REVIEW_ADHOC_1_onlyWhoeverActsOnTheCurrentStepAddsOrRemoves() {
        Review review = atZhaomin();
        assertThat(refusal(add(review, "sunli", "liuyang", "请把关")).code()).isEqualTo("not-current-reviewer");
        assertThat(refusal(add(review, "wangqiang", "liuyang", "请把关")).code()).isEqualTo("not-current-reviewer");
        assertThat(refusal(add(review, "zhangwei", "liuyang", "请把关")).code()).isEqualTo("own-draft");
        assertThat(refusal(add(review, "lina", "liuyang", "请把关")).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(review.addReviewer("zhaomin", 2, "liuyang", "请把关", at(CHART))).code())
                .isEqualTo("stale-revision");
        Review added = ((Noted) add(review, "zhaomin", "liuyang", "请把关")).review();
        assertThat(refusal(added.removeReviewer("sunli", 1, "liuyang", "不必", at(CHART))).code())
                .isEqualTo("not-current-reviewer");
        // the standing deputy of the step's owner acts for them ("X代Y")
        Signing deputyOn = new Signing(LATER, ReviewDeadlines.DEFAULT, "江民发", (c, y) -> 9,
                Map.of("zhaomin", DemoOrganisation.person("qianxiao")), CHART, SigningRules.CHIEF_SIGNS_ALL);
        ReviewReviewerAdded byDeputy = (ReviewReviewerAdded) ((Noted) review.addReviewer("qianxiao", 1, "liuyang",
                "代赵敏加签", deputyOn)).event();
        assertThat(byDeputy.actor().username()).isEqualTo("qianxiao");
        assertThat(byDeputy.onBehalfOf()).isEqualTo("zhaomin");
    }

    @Test
    void REVIEW_ADHOC_2_bothActsNeedAnOpinion() {
        Refusal blank = refusal(add(atZhaomin(), "zhaomin", "liuyang", "  "));
        assertThat(blank.rule()).isEqualTo("REVIEW-ADHOC-2");
        assertThat(blank.code()).isEqualTo("opinion-required");
        Review added = ((Noted) add(atZhaomin(), "zhaomin", "liuyang", "请把关")).review();
        assertThat(refusal(added.removeReviewer("zhaomin", 1, "liuyang", null, at(CHART))).rule())
                .isEqualTo("REVIEW-ADHOC-2");
    }

    @Test
    void REVIEW_ADHOC_3_nobodyTwiceNotTheDrafterNotOneselfNotAStranger() {
        Review review = atZhaomin();
        for (String who : List.of("zhangwei", "zhaomin", "wangqiang", "sunli", "nobody")) {
            Refusal r = refusal(add(review, "zhaomin", who, "请把关"));
            assertThat(r.rule()).as(who).isEqualTo("REVIEW-ADHOC-3");
            assertThat(r.code()).isEqualTo("invalid-reviewer");
            assertThat(r.violations().get(0).field()).isEqualTo("reviewer");
        }
        Review added = ((Noted) add(review, "zhaomin", "liuyang", "请把关")).review();
        assertThat(refusal(add(added, "zhaomin", "liuyang", "再加一次")).rule()).isEqualTo("REVIEW-ADHOC-3");
    }

    @Test
    void REVIEW_ADHOC_4_theAddedRankFitsBetweenTheStepAndTheNextLevel() {
        Review atSunli = submitted("zhangwei");
        // after 分管主任 and before 办公室主任: a 局长 would review before the 主任, a 科员 above a 分管主任
        for (String who : List.of("liuyang", "qianxiao", "zhoushen")) {
            assertThat(refusal(atSunli.addReviewer("sunli", 1, who, "请把关", at(CHART))).rule()).as(who)
                    .isEqualTo("REVIEW-ADHOC-4");
        }
        assertThat(atSunli.addReviewer("sunli", 1, "chenjing", "请陈静副主任把关", at(WITH_CHENJING)))
                .isInstanceOf(Noted.class);
        assertThat(atSunli.reviewerCandidates("sunli", at(WITH_CHENJING)))
                .extracting(OrganisationChart.Member::username).containsExactly("chenjing");
        assertThat(atZhaomin().reviewerCandidates("zhaomin", at(WITH_CHENJING)))
                .extracting(OrganisationChart.Member::username).containsExactly("liuyang");
        assertThat(atZhaomin().reviewerCandidates("sunli", at(WITH_CHENJING))).isEmpty();
    }

    @Test
    void REVIEW_ADHOC_5_theAddedReviewerIsClearedForTheDocument() {
        DocumentContent secret = new DocumentContent("通知", "关于核查救助资金发放情况的通知", List.of("各区民政局"), List.of(),
                "正文", null, "机密", 10, "下行", List.of(), null);
        Map<String, OrganisationChart.Member> members = new HashMap<>();
        CHART.members().values().forEach(m -> members.put(m.username(), new OrganisationChart.Member(m.username(),
                m.name(), m.unit(), m.role(), "liuyang".equals(m.username()) ? "秘密" : "绝密")));
        OrganisationChart cleared = new OrganisationChart(members, CHART.deputyByUnit(), CHART.officeDirector(),
                CHART.signer(), CHART.agencyCode());
        Review review = DemoOrganisation.started(Optional.empty(), new Submission("doc-2", 1,
                DemoOrganisation.person("zhangwei"), secret, "hash-1", T0));
        Review atZhaomin = approve(review, "sunli", cleared);
        Refusal r = refusal(atZhaomin.addReviewer("zhaomin", 1, "liuyang", "请把关", at(cleared)));
        assertThat(r.rule()).isEqualTo("REVIEW-ADHOC-5");
        assertThat(r.code()).isEqualTo("reviewer-clearance-too-low");
        assertThat(atZhaomin.reviewerCandidates("zhaomin", at(cleared))).isEmpty();
    }

    @Test
    void REVIEW_ADHOC_6_nobodyIsAddedAfterTheSigner() {
        Review atSigner = approve(atZhaomin(), "zhaomin");
        Refusal r = refusal(atSigner.addReviewer("wangqiang", 1, "liuyang", "请刘洋局长先看", at(CHART)));
        assertThat(r.rule()).isEqualTo("REVIEW-ADHOC-6");
        assertThat(atSigner.reviewerCandidates("wangqiang", at(CHART))).isEmpty();
    }

    @Test
    void REVIEW_ADHOC_7_andREVIEW_CHAIN_1_onlyAnAddedReviewerIsRemovedNeverAStandingLevel() {
        Review added = ((Noted) add(atZhaomin(), "zhaomin", "liuyang", "请把关")).review();
        Refusal standing = refusal(added.removeReviewer("zhaomin", 1, "wangqiang", "不需要局长", at(CHART)));
        assertThat(standing.rule()).isEqualTo("REVIEW-ADHOC-7");
        assertThat(standing.code()).isEqualTo("standing-reviewer");
        assertThat(refusal(added.removeReviewer("zhaomin", 1, "qianxiao", "x", at(CHART))).code())
                .isEqualTo("invalid-reviewer");

        Noted removed = (Noted) added.removeReviewer("zhaomin", 1, "liuyang", "刘洋局长出差，不再加签", at(CHART));
        assertThat(reviewers(removed.review())).containsExactly("1:sunli", "2:zhaomin", "3:wangqiang");
        ReviewReviewerRemoved event = (ReviewReviewerRemoved) removed.event();
        assertThat(event.level()).isEqualTo(3);
        assertThat(event.reviewer().username()).isEqualTo("liuyang");
        Act act = removed.review().current().acts().get(removed.review().current().acts().size() - 1);
        assertThat(act.action()).isEqualTo(Act.REVIEWER_REMOVED);
        assertThat(act.subject().username()).isEqualTo("liuyang");
        assertThat(act.opinion()).isEqualTo("刘洋局长出差，不再加签");
        // back to the standing chain: the signer signs right after 赵敏
        Review atSigner = approve(removed.review(), "zhaomin");
        assertThat(atSigner.current().currentStep().reviewer().username()).isEqualTo("wangqiang");
    }

    @Test
    void REVIEW_ADHOC_8_anAddedReviewerOnceReachedIsNotRemoved() {
        Review atLiuyang = approve(((Noted) add(atZhaomin(), "zhaomin", "liuyang", "请把关")).review(), "zhaomin");
        Refusal r = refusal(atLiuyang.removeReviewer("liuyang", 1, "liuyang", "我不看了", at(CHART)));
        assertThat(r.code()).isEqualTo("reviewer-acted");
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void REVIEW_CHAIN_4_standingLevelsAfterAnAddedOneAreStillStaffedFromTheOrganisationOfTheirTime() {
        Review added = ((Noted) submitted("zhangwei").addReviewer("sunli", 1, "chenjing", "请陈静副主任把关",
                at(WITH_CHENJING))).review();
        OrganisationChart.Member zhouyi = new OrganisationChart.Member("zhouyi", "周毅", "BGS", "DIRECTOR");
        OrganisationChart newDirector = chart("zhouyi", CHENJING, zhouyi);
        Review atChenjing = approve(added, "sunli", newDirector);
        assertThat(atChenjing.current().currentStep().reviewer().username()).isEqualTo("chenjing");
        Review atDirector = approve(atChenjing, "chenjing", newDirector);
        assertThat(atDirector.current().currentStep().reviewer().username()).isEqualTo("zhouyi");
        assertThat(atDirector.current().currentLevel()).isEqualTo(3);
    }

    @Test
    void REVIEW_DEADLINE_anOverdueStepBeforeAnAddedReviewerEscalatesToThem() {
        Review added = ((Noted) add(atZhaomin(), "zhaomin", "liuyang", "请把关")).review();
        Round round = added.current();
        Optional<Person> target = Staffing.escalationTarget(round, added.drafter(), round.step(3).orElseThrow(),
                CHART, SigningRules.CHIEF_SIGNS_ALL);
        assertThat(target).map(Person::username).contains("liuyang");
    }

    @Test
    void REVIEW_COUNTERSIGN_4_theDraftersCountersignGoesOnTheStandingOfficeLevelNotOnAnAddedDirector() {
        OrganisationChart.Member zhouyi = new OrganisationChart.Member("zhouyi", "周毅", "BGS", "DIRECTOR");
        OrganisationChart.Member head = new OrganisationChart.Member("chenjing", "陈静", "YLFW", "DEPUTY_DIRECTOR");
        Map<String, OrganisationChart.Member> members = new HashMap<>(CHART.members());
        members.put("zhouyi", zhouyi);
        members.put("chenjing", head);
        OrganisationChart org = new OrganisationChart(members, CHART.deputyByUnit(), CHART.officeDirector(),
                CHART.signer(), CHART.agencyCode(), Map.of("YLFW", "chenjing"));
        Review added = ((Noted) submitted("zhangwei").addReviewer("sunli", 1, "zhouyi", "请周毅主任把关", at(org)))
                .review();
        assertThat(reviewers(added)).containsExactly("1:sunli", "2:zhouyi", "3:zhaomin", "4:wangqiang");
        Review asked = ((Decided) Countersigning.request(added, "zhangwei", 1, List.of("YLFW"), "ALL", null, org,
                LATER)).review();
        assertThat(asked.current().step(2).orElseThrow().countersign()).isNull();
        assertThat(asked.current().step(3).orElseThrow().countersign()).isNotNull();
    }
}
