package org.gongwen.review.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.CHART;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongwen.kernel.Refusal;
import org.junit.jupiter.api.Test;

/** REVIEW-ORG-1..7: what an ADMIN change to the organisation must keep. */
class OrganisationRulesTest {

    private static final Map<String, String> UNITS = Map.of("SHJZ", "社会救助科", "YLFW", "养老服务科", "BGS", "办公室",
            "JLD", "局领导", "DAS", "档案室");
    private static final Instant DAY = T0.plus(Duration.ofDays(1));
    private static final OrganisationRules.ActingPeriod WANG_AWAY = new OrganisationRules.ActingPeriod(1, "wangqiang",
            "liuyang", T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(9)));
    private static final OrganisationRules.State STATE = new OrganisationRules.State(CHART, UNITS, List.of(WANG_AWAY));

    private static List<String> fields(List<Refusal> refusals) {
        assertThat(refusals).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION));
        return refusals.stream().map(r -> r.rule() + ":" + r.violations().get(0).field()).toList();
    }

    @Test
    void REVIEW_ORG_1_aUnitNeedsAFreeCodeAndAName() {
        assertThat(OrganisationRules.unit(STATE, "CWK", "财务科", true)).isEmpty();
        assertThat(fields(OrganisationRules.unit(STATE, "SHJZ", " ", true)))
                .containsExactly("REVIEW-ORG-1:code", "REVIEW-ORG-1:name");
        assertThat(fields(OrganisationRules.unit(STATE, "cw k", "财务科", true))).containsExactly("REVIEW-ORG-1:code");
    }

    @Test
    void REVIEW_ORG_2_aPersonBelongsToAKnownUnitWithAKnownRoleAndClearance() {
        assertThat(OrganisationRules.person(STATE, "zhouyi", "周毅", "BGS", "DIRECTOR", "机密", true)).isEmpty();
        assertThat(fields(OrganisationRules.person(STATE, "zhouyi", "周毅", "NOPE", "BOSS", "内部", true)))
                .containsExactly("REVIEW-ORG-2:role", "REVIEW-ORG-2:unit", "REVIEW-ORG-2:clearance");
        assertThat(fields(OrganisationRules.person(STATE, "zhaomin", "赵敏", "BGS", "DIRECTOR", null, true)))
                .containsExactly("REVIEW-ORG-2:username");
        assertThat(OrganisationRules.person(STATE, "admin2", "管理员", null, "ADMIN", null, true)).isEmpty();
    }

    @Test
    void REVIEW_ORG_3_aUnitHasOneSupervisingLeaderAndNobodySupervisesTheSameUnitTwice() {
        assertThat(fields(OrganisationRules.supervision(STATE, "SHJZ", "sunli", false)))
                .containsExactly("REVIEW-ORG-3:username");
        assertThat(fields(OrganisationRules.supervision(STATE, "SHJZ", "zhaomin", true)))
                .containsExactly("REVIEW-ORG-3:unit");
        assertThat(OrganisationRules.supervision(STATE, "SHJZ", "zhaomin", false)).isEmpty();
        assertThat(OrganisationRules.supervision(STATE, "YLFW", "zhaomin", true)).isEmpty();
        assertThat(fields(OrganisationRules.supervision(STATE, "YLFW", "lina", true)))
                .containsExactly("REVIEW-ORG-3:username");
        assertThat(fields(OrganisationRules.supervision(STATE, "NOPE", "ghost", true)))
                .containsExactly("REVIEW-ORG-3:unit", "REVIEW-ORG-3:username");
    }

    @Test
    void REVIEW_ORG_4_aUnitHeadBelongsToTheUnit() {
        assertThat(OrganisationRules.head(STATE, "YLFW", "lina", true)).isEmpty();
        assertThat(fields(OrganisationRules.head(STATE, "YLFW", "zhangwei", true))).containsExactly("REVIEW-ORG-4:username");
    }

    @Test
    void REVIEW_ORG_5_nobodyLeavesWhileHoldingAPositionAndNoUnitEndsWhileStaffed() {
        assertThat(fields(OrganisationRules.endPerson(STATE, "sunli"))).containsExactly("REVIEW-ORG-5:username");
        assertThat(fields(OrganisationRules.endPerson(STATE, "liuyang"))).as("acting for 王强")
                .containsExactly("REVIEW-ORG-5:username");
        assertThat(OrganisationRules.endPerson(STATE, "lina")).isEmpty();
        assertThat(fields(OrganisationRules.endUnit(STATE, "YLFW"))).containsExactly("REVIEW-ORG-5:code");
        assertThat(OrganisationRules.endUnit(new OrganisationRules.State(CHART, Map.of("CWK", "财务科"), List.of()),
                "CWK")).isEmpty();
    }

    @Test
    void REVIEW_ORG_5_aRoleChangeMayNotLeaveAPostWithAHolderWhoCannotHoldIt() {
        assertThat(fields(OrganisationRules.person(STATE, "zhaomin", "赵敏", "BGS", "CLERK", "机密", false)))
                .containsExactly("REVIEW-ORG-5:role");
        assertThat(fields(OrganisationRules.person(STATE, "wangqiang", "王强", "JLD", "DIRECTOR", "绝密", false)))
                .containsExactly("REVIEW-ORG-5:role");
        assertThat(fields(OrganisationRules.person(STATE, "sunli", "孙立", "BGS", "CLERK", "机密", false)))
                .containsExactly("REVIEW-ORG-5:role");
        assertThat(OrganisationRules.person(STATE, "sunli", "孙立", "BGS", "DIRECTOR", "机密", false)).isEmpty();
    }

    @Test
    void REVIEW_ORG_6_actingPeriodsOfOnePersonNeverOverlap() {
        Instant now = T0;
        assertThat(fields(OrganisationRules.acting(STATE, null, "wangqiang", "zhaomin", T0.plus(Duration.ofDays(8)),
                T0.plus(Duration.ofDays(12)), now))).containsExactly("REVIEW-ORG-6:validFrom");
        assertThat(OrganisationRules.acting(STATE, null, "wangqiang", "zhaomin", T0.plus(Duration.ofDays(9)),
                T0.plus(Duration.ofDays(12)), now)).as("back to back is fine").isEmpty();
        assertThat(OrganisationRules.acting(STATE, 1L, "wangqiang", "zhaomin", T0.plus(Duration.ofDays(3)),
                T0.plus(Duration.ofDays(12)), now)).as("the period being changed does not clash with itself").isEmpty();
    }

    @Test
    void REVIEW_ORG_6_anActingPeriodNamesTwoKnownPeopleAndAPeriodNotInThePast() {
        assertThat(fields(OrganisationRules.acting(STATE, null, "ghost", "ghost2", DAY, DAY.plusSeconds(60), T0)))
                .containsExactly("REVIEW-ORG-6:username", "REVIEW-ORG-6:acting");
        assertThat(fields(OrganisationRules.acting(STATE, null, "zhaomin", "zhaomin", DAY, DAY.plusSeconds(60), T0)))
                .containsExactly("REVIEW-ORG-6:acting");
        assertThat(fields(OrganisationRules.acting(STATE, null, "zhaomin", "sunli", DAY, DAY, T0)))
                .containsExactly("REVIEW-ORG-6:validTo");
        assertThat(fields(OrganisationRules.acting(STATE, null, "zhaomin", "sunli", T0.minusSeconds(60), DAY, T0)))
                .containsExactly("REVIEW-ORG-6:validFrom");
    }

    @Test
    void REVIEW_ORG_7_theOfficeDirectorIsADirectorAndTheSignerAChief() {
        assertThat(OrganisationRules.setting(STATE, "office_director", "sunli")).isEmpty();
        assertThat(fields(OrganisationRules.setting(STATE, "office_director", "zhangwei")))
                .containsExactly("REVIEW-ORG-7:value");
        assertThat(fields(OrganisationRules.setting(STATE, "signer", "zhaomin"))).containsExactly("REVIEW-ORG-7:value");
        assertThat(fields(OrganisationRules.setting(STATE, "signer", "ghost"))).containsExactly("REVIEW-ORG-7:value");
        assertThat(OrganisationRules.setting(STATE, "agency_code", "江民函")).isEmpty();
    }
}
