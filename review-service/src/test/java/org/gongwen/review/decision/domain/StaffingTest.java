package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.CHART;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.followup.domain.FollowingUp;
import org.gongwen.review.followup.domain.Reminders;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/** REVIEW-CHAIN-4: a level is staffed from the organisation valid when the level is assigned, not at submission. */
class StaffingTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));
    private static final OrganisationChart.Member ZHOUYI =
            new OrganisationChart.Member("zhouyi", "周毅", "BGS", "DIRECTOR", "机密");

    /** The demo organisation after ADMIN made 周毅 办公室主任 in place of 赵敏. */
    private static final OrganisationChart ZHOUYI_DIRECTS = chart(CHART.deputyByUnit(), "zhouyi", ZHOUYI);

    private static OrganisationChart chart(Map<String, String> deputies, String director,
                                           OrganisationChart.Member... extra) {
        Map<String, OrganisationChart.Member> members = new HashMap<>(CHART.members());
        for (OrganisationChart.Member m : extra) {
            members.put(m.username(), m);
        }
        return new OrganisationChart(members, deputies, director, CHART.signer(), CHART.agencyCode());
    }

    private static Signing at(OrganisationChart org) {
        return new Signing(LATER, ReviewDeadlines.DEFAULT, "江民发", (c, y) -> 11, Map.of(), org,
                SigningRules.CHIEF_SIGNS_ALL);
    }

    private static Review decide(Review review, String who, Decision decision, String opinion, Integer returnTo,
                                 OrganisationChart org) {
        return ((Decided) review.decide(new DecisionRequest(who, decision, opinion, review.revision(), null, returnTo),
                at(org))).review();
    }

    private static Review approve(Review review, String who, OrganisationChart org) {
        return decide(review, who, Decision.APPROVE, "同意", null, org);
    }

    @Test
    void REVIEW_CHAIN_4_theNextLevelGoesToWhoeverHoldsThePositionWhenItIsReached() {
        Review atLevel1 = submitted("zhangwei");
        assertThat(atLevel1.current().step(2).orElseThrow().reviewer().username()).isEqualTo("zhaomin");

        Review atLevel2 = approve(atLevel1, "sunli", ZHOUYI_DIRECTS);

        Step level2 = atLevel2.current().currentStep();
        assertThat(level2.level()).isEqualTo(2);
        assertThat(level2.reviewer().username()).isEqualTo("zhouyi");
        assertThat(level2.assignedAt()).isEqualTo(LATER);
        assertThat(atLevel2.current().step(3).orElseThrow().reviewer().username())
                .as("a later level waits: it is staffed when reached").isEqualTo("wangqiang");
    }

    @Test
    void REVIEW_CHAIN_4_theTrailShowsWhoReallyDecided() {
        Review atLevel2 = approve(submitted("zhangwei"), "sunli", ZHOUYI_DIRECTS);
        Review atLevel3 = approve(atLevel2, "zhouyi", ZHOUYI_DIRECTS);
        Issued issued = (Issued) atLevel3.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 1),
                at(ZHOUYI_DIRECTS));
        DocumentIssued event = (DocumentIssued) issued.event();
        assertThat(event.trail()).extracting(t -> t.actor().username())
                .containsExactly("zhangwei", "sunli", "zhouyi", "wangqiang");
        assertThat(event.trail()).extracting(TrailEntry::action)
                .containsExactly("SUBMITTED", "APPROVED", "APPROVED", "SIGNED");
    }

    @Test
    void REVIEW_CHAIN_4_aStepAlreadyAssignedKeepsItsReviewer() {
        Review atLevel2 = approve(submitted("zhangwei"), "sunli", CHART);
        assertThat(atLevel2.current().currentStep().reviewer().username()).isEqualTo("zhaomin");

        // 赵敏 is replaced after the step reached her: she still decides it
        Review atLevel3 = approve(atLevel2, "zhaomin", ZHOUYI_DIRECTS);
        assertThat(atLevel3.current().currentLevel()).isEqualTo(3);
        assertThat(atLevel3.current().step(2).orElseThrow().reviewer().username()).isEqualTo("zhaomin");
    }

    @Test
    void REVIEW_CHAIN_4_aLevelReopenedByReturnIsStaffedAnew() {
        Review atLevel3 = approve(approve(submitted("zhangwei"), "sunli", CHART), "zhaomin", CHART);
        Review backAt2 = decide(atLevel3, "wangqiang", Decision.RETURN, "请再核", 2, ZHOUYI_DIRECTS);

        assertThat(backAt2.current().currentLevel()).isEqualTo(2);
        assertThat(backAt2.current().currentStep().reviewer().username()).isEqualTo("zhouyi");
    }

    @Test
    void REVIEW_RECALL_1_theRecallingApproverTakesBackTheirOwnStep() {
        Review atLevel2 = approve(submitted("zhangwei"), "sunli", CHART);
        OrganisationChart sunliReplaced = chart(Map.of("SHJZ", "zhouyi", "BGS", "zhouyi"), "zhaomin", ZHOUYI);
        Review recalled = ((Decided) atLevel2.recall("sunli", 1, at(sunliReplaced))).review();

        assertThat(recalled.current().currentStep().reviewer().username()).isEqualTo("sunli");
    }

    @Test
    void REVIEW_CHAIN_4_anOverdueStepEscalatesToWhoeverHoldsTheNextPositionNow() {
        Review atLevel1 = submitted("zhangwei");
        Instant overdue = atLevel1.current().currentStep().dueAt().plusSeconds(1);

        FollowingUp.FollowUp escalated = FollowingUp.due(atLevel1, overdue, Reminders.DEFAULT, ZHOUYI_DIRECTS,
                SigningRules.CHIEF_SIGNS_ALL);

        assertThat(escalated.review().current().currentStep().followup().escalatedTo().username()).isEqualTo("zhouyi");
        assertThat(escalated.review().current().step(2).orElseThrow().reviewer().username())
                .as("the next level itself is staffed when it is reached").isEqualTo("zhaomin");
    }

    @Test
    void REVIEW_CHAIN_1_aRunningChainNeverChangesShape() {
        // the drafting unit lost its 分管: a new chain would have two levels; the running one keeps three
        OrganisationChart unsupervised = chart(Map.of("BGS", "sunli"), "zhouyi", ZHOUYI);
        Review atLevel2 = approve(submitted("zhangwei"), "sunli", unsupervised);

        assertThat(atLevel2.current().steps()).hasSize(3);
        assertThat(atLevel2.current().currentStep().reviewer().username()).isEqualTo("zhaomin");
    }

    @Test
    void REVIEW_CHAIN_1_nobodyTwiceEvenWhenTheOrganisationChanges() {
        // sunli, who approved level 1, is made 办公室主任: level 2 must not go to him again
        OrganisationChart sunliDirects = chart(CHART.deputyByUnit(), "sunli");
        Review atLevel2 = approve(submitted("zhangwei"), "sunli", sunliDirects);

        assertThat(atLevel2.current().currentStep().reviewer().username()).isEqualTo("zhaomin");
    }
}
