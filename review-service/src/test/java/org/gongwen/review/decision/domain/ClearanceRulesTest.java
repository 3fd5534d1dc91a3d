package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.review.countersign.domain.Countersigning;
import org.gongwen.review.decision.domain.ChainPolicy.ChainOutcome;
import org.gongwen.review.decision.domain.Outcomes.Advanced;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.SubmissionIgnored;
import org.gongwen.review.decision.domain.Outcomes.SubmissionRefused;
import org.gongwen.review.delegation.domain.Delegating;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/**
 * 条例 第三十条: a classified document only reaches people cleared for it. REVIEW-CLEARANCE-1 (chain staffing, at
 * submission and at each later assignment), REVIEW-CLEARANCE-2 (会签), REVIEW-CLEARANCE-3 (reading and acting),
 * REVIEW-DELEGATE-2 (委派/转办) — each failing closed on an unknown label, in both directions.
 */
class ClearanceRulesTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    /** Contract §1 with the clearances. */
    private static final Map<String, OrganisationChart.Member> PEOPLE = Map.of(
            "zhangwei", new OrganisationChart.Member("zhangwei", "张伟", "SHJZ", "CLERK", "秘密"),
            "lina", new OrganisationChart.Member("lina", "李娜", "YLFW", "CLERK", "秘密"),
            "sunli", new OrganisationChart.Member("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR", "机密"),
            "zhaomin", new OrganisationChart.Member("zhaomin", "赵敏", "BGS", "DIRECTOR", "机密"),
            "wangqiang", new OrganisationChart.Member("wangqiang", "王强", "JLD", "CHIEF", "绝密"),
            "liuyang", new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密"),
            "zhoushen", new OrganisationChart.Member("zhoushen", "周慎", "DAS", "AUDITOR", "机密"));
    private static final OrganisationChart ORG = chart();

    private static OrganisationChart chart(OrganisationChart.Member... changed) {
        return chart("zhaomin", changed);
    }

    private static OrganisationChart chart(String director, OrganisationChart.Member... changed) {
        Map<String, OrganisationChart.Member> members = new HashMap<>(PEOPLE);
        for (OrganisationChart.Member m : changed) {
            members.put(m.username(), m);
        }
        return new OrganisationChart(members, Map.of("SHJZ", "sunli", "BGS", "sunli"), director, "wangqiang",
                "江民发");
    }

    private static Person person(String username) {
        return PEOPLE.get(username).asPerson();
    }

    private static DocumentContent letter(String classification) {
        return new DocumentContent("函", "关于商请协助核查低保对象信息的函", List.of("江城市公安局"), List.of(), "正文", null,
                classification, classification == null ? null : 10, "平行", List.of(), null);
    }

    private static ChainOutcome chain(String drafter, String classification, OrganisationChart org,
                                      Map<String, Person> acting) {
        return ChainPolicy.cleared(ChainPolicy.build(person(drafter), letter(classification), org,
                SigningRules.CHIEF_SIGNS_ALL), person(drafter), Classification.ofDocument(classification), org, acting);
    }

    private static List<ChainStep> steps(ChainOutcome outcome) {
        return ((ChainOutcome.Built) outcome).steps();
    }

    /** A review started on a chain given as is (the chain's own checks are tested above). */
    private static Review started(String drafter, String classification, List<ChainStep> chain) {
        Submission s = new Submission("doc-1", 1, person(drafter), letter(classification), "hash-1", T0);
        return ((Outcomes.Started) Review.receive(Optional.empty(), s, chain, null, T0, ReviewDeadlines.DEFAULT)).review();
    }

    private static Signing at(OrganisationChart org, Map<String, Person> acting) {
        return new Signing(LATER, ReviewDeadlines.DEFAULT, "江民发", (c, y) -> 11, acting, org,
                SigningRules.CHIEF_SIGNS_ALL);
    }

    @Test
    void REVIEW_CLEARANCE_1_aTopSecretLetterByWangqiangStaffsNoConfidentialReviewer() {
        ChainOutcome outcome = chain("wangqiang", "绝密", ORG, Map.of());
        assertThat(outcome).isInstanceOfSatisfying(ChainOutcome.Uncleared.class, u -> {
            assertThat(u.level()).isEqualTo(1);
            assertThat(u.role()).isEqualTo("DIRECTOR");
            assertThat(u.holder().username()).isEqualTo("zhaomin");
            assertThat(u.refusal().rule()).isEqualTo("REVIEW-CLEARANCE-1");
            assertThat(u.refusal().messageZh()).contains("第 1 级").contains("绝密");
        });
    }

    @Test
    void REVIEW_CLEARANCE_1_theHoldersClearedActingPersonTakesTheLevel() {
        OrganisationChart withQin = chart(new OrganisationChart.Member("qinmi", "秦密", "BGS", "DIRECTOR", "绝密"));
        List<ChainStep> staffed = steps(chain("wangqiang", "绝密", withQin, Map.of("zhaomin",
                new Person("qinmi", "秦密", "BGS"))));
        assertThat(staffed).extracting(s -> s.reviewer().username()).containsExactly("qinmi", "liuyang");
        assertThat(staffed).extracting(ChainStep::role).as("the level keeps its position")
                .containsExactly("DIRECTOR", "CHIEF");
    }

    @Test
    void REVIEW_CLEARANCE_1_anActingPersonWhoIsNotClearedTheDrafterOrOnAnotherLevelDoesNotTakeIt() {
        assertThat(chain("wangqiang", "绝密", ORG, Map.of("zhaomin", person("sunli"))))
                .isInstanceOf(ChainOutcome.Uncleared.class);
        assertThat(chain("wangqiang", "绝密", ORG, Map.of("zhaomin", person("wangqiang"))))
                .as("the drafter").isInstanceOf(ChainOutcome.Uncleared.class);
        assertThat(chain("wangqiang", "绝密", ORG, Map.of("zhaomin", person("liuyang"))))
                .as("already signs").isInstanceOf(ChainOutcome.Uncleared.class);
    }

    @Test
    void REVIEW_CLEARANCE_1_everyoneClearedKeepsTheChainAsBuilt() {
        assertThat(steps(chain("zhangwei", "机密", ORG, Map.of()))).extracting(s -> s.reviewer().username())
                .containsExactly("sunli", "zhaomin", "wangqiang");
        assertThat(steps(chain("zhangwei", null, ORG, Map.of()))).hasSize(3);
    }

    @Test
    void REVIEW_CLEARANCE_1_unknownDocumentLabelFailsClosedAsTopSecret() {
        assertThat(chain("zhangwei", "内部", ORG, Map.of())).isInstanceOfSatisfying(ChainOutcome.Uncleared.class,
                u -> assertThat(u.holder().username()).isEqualTo("sunli"));
    }

    @Test
    void REVIEW_CLEARANCE_1_unknownPersonClearanceFailsClosedAsNone() {
        OrganisationChart odd = chart(new OrganisationChart.Member("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR", "内部"));
        assertThat(chain("zhangwei", "秘密", odd, Map.of())).isInstanceOfSatisfying(ChainOutcome.Uncleared.class,
                u -> assertThat(u.level()).isEqualTo(1));
        assertThat(steps(chain("zhangwei", null, odd, Map.of()))).as("非密 needs no clearance").hasSize(3);
    }

    @Test
    void REVIEW_CLEARANCE_1_aRefusedSubmissionNamesTheLevelAndIsIgnoredWhenStale() {
        Submission s = new Submission("doc-1", 1, person("wangqiang"), letter("绝密"), "hash-1", T0);
        ChainOutcome.Uncleared u = (ChainOutcome.Uncleared) chain("wangqiang", "绝密", ORG, Map.of());
        assertThat(Review.refuse(Optional.empty(), s, u, T0)).isInstanceOfSatisfying(SubmissionRefused.class, r -> {
            ReviewSubmissionRefused e = r.event();
            assertThat(e.rule()).isEqualTo("REVIEW-CLEARANCE-1");
            assertThat(e.level()).isEqualTo(1);
            assertThat(e.role()).isEqualTo("DIRECTOR");
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.reason()).isNotBlank();
            assertThat(e.reasonEn()).contains("Level 1");
        });
        Review stored = started("zhangwei", null, steps(chain("zhangwei", null, ORG, Map.of())));
        assertThat(Review.refuse(Optional.of(stored), s, u, T0)).as("duplicate revision")
                .isInstanceOf(SubmissionIgnored.class);
    }

    @Test
    void REVIEW_CLEARANCE_1_aNewHolderWhoIsNotClearedIsNotAssignedTheReviewerStays() {
        Review review = started("zhangwei", "机密", steps(chain("zhangwei", "机密", ORG, Map.of())));
        OrganisationChart secretDirector = chart("zhouyi",
                new OrganisationChart.Member("zhouyi", "周毅", "BGS", "DIRECTOR", "秘密"));
        Advanced advanced = (Advanced) review.decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1),
                at(secretDirector, Map.of()));
        assertThat(advanced.review().current().currentStep().reviewer().username()).isEqualTo("zhaomin");
    }

    @Test
    void REVIEW_CLEARANCE_1_whenNobodyClearedCanTakeTheNextLevelTheApprovalIsRefused() {
        Review review = started("zhangwei", "机密", steps(chain("zhangwei", "机密", ORG, Map.of())));
        OrganisationChart lowered = chart(new OrganisationChart.Member("zhaomin", "赵敏", "BGS", "DIRECTOR", "秘密"));
        assertThat(review.decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1), at(lowered, Map.of())))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.refusal().rule()).isEqualTo("REVIEW-CLEARANCE-1");
                    assertThat(r.refusal().kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION);
                });
        Advanced viaActing = (Advanced) review.decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1),
                at(lowered, Map.of("zhaomin", person("zhoushen"))));
        assertThat(viaActing.review().current().currentStep().reviewer().username())
                .as("her cleared acting person").isEqualTo("zhoushen");
    }

    @Test
    void REVIEW_DELEGATE_2_delegationOrTransferToAnUnderClearedPersonIsRefused() {
        Review review = started("zhangwei", "机密", steps(chain("zhangwei", "机密", ORG, Map.of())));
        OrganisationChart.Member secret = new OrganisationChart.Member("qianxiao", "钱晓", "BGS", "DEPUTY_DIRECTOR",
                "秘密");
        for (String kind : List.of("DELEGATE", "TRANSFER")) {
            assertThat(Delegating.delegate(review, "sunli", 1, kind, secret, LATER.plusSeconds(3600), null, LATER))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.refusal().rule())
                            .isEqualTo("REVIEW-DELEGATE-2"));
        }
        assertThat(Delegating.delegate(review, "sunli", 1, "TRANSFER", PEOPLE.get("zhaomin"), LATER.plusSeconds(3600),
                null, LATER)).isInstanceOf(Outcomes.Noted.class);
    }

    @Test
    void REVIEW_DELEGATE_2_unknownLabelsFailClosedInBothDirections() {
        Review unknownMarking = started("zhangwei", "内部", steps(chain("zhangwei", null, ORG, Map.of())));
        assertThat(Delegating.delegate(unknownMarking, "sunli", 1, "TRANSFER", PEOPLE.get("zhaomin"),
                LATER.plusSeconds(3600), null, LATER)).as("内部 is judged 绝密").isInstanceOf(Refused.class);
        Review secret = started("zhangwei", "秘密", steps(chain("zhangwei", "秘密", ORG, Map.of())));
        OrganisationChart.Member odd = new OrganisationChart.Member("zhaomin", "赵敏", "BGS", "DIRECTOR", "内部");
        assertThat(Delegating.delegate(secret, "sunli", 1, "TRANSFER", odd, LATER.plusSeconds(3600), null, LATER))
                .as("a clearance of 内部 is none").isInstanceOf(Refused.class);
    }

    @Test
    void REVIEW_CLEARANCE_2_countersignByAnUnderClearedHeadIsRefused() {
        Review review = started("lina", "机密", steps(chain("lina", "机密", ORG, Map.of())));
        OrganisationChart secretHead = chart(new OrganisationChart.Member("sunli", "孙立", "BGS", "DEPUTY_DIRECTOR",
                "秘密"));
        assertThat(Countersigning.request(review, "lina", 1, List.of("SHJZ"), "ALL", null, secretHead, LATER))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.refusal().rule()).isEqualTo("REVIEW-CLEARANCE-2");
                    assertThat(r.refusal().violations().get(0).field()).isEqualTo("units");
                });
        assertThat(Countersigning.request(review, "lina", 1, List.of("SHJZ"), "ALL", null, ORG, LATER))
                .isInstanceOf(Outcomes.Noted.class);
    }

    @Test
    void REVIEW_CLEARANCE_3_aReaderKnowsOnlyDocumentsWithinTheirClearanceUnknownLabelsFailClosed() {
        Review topSecret = started("wangqiang", "绝密", List.of(new ChainStep(1, "CHIEF", person("liuyang"))));
        assertThat(topSecret.withinClearance("机密")).isFalse();
        assertThat(topSecret.withinClearance("绝密")).isTrue();
        Review unknown = started("zhangwei", "内部", steps(chain("zhangwei", null, ORG, Map.of())));
        assertThat(unknown.classification()).isEqualTo(Classification.绝密);
        assertThat(unknown.withinClearance("机密")).as("unknown marking is 绝密").isFalse();
        Review secret = started("zhangwei", "秘密", steps(chain("zhangwei", "秘密", ORG, Map.of())));
        assertThat(secret.withinClearance("内部")).as("unknown clearance is none").isFalse();
        assertThat(secret.withinClearance(null)).isFalse();
    }
}
