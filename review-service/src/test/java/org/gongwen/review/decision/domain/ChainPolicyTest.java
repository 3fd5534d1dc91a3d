package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.junit.jupiter.api.Test;

class ChainPolicyTest {

    private static List<String> reviewers(List<ChainStep> steps) {
        return steps.stream().map(s -> s.level() + ":" + s.reviewer().username() + ":" + s.role()).toList();
    }

    @Test
    void aUnitWithADeputyGoesDeputyThenOfficeDirectorThenSigner() {
        assertThat(reviewers(DemoOrganisation.chainOf("zhangwei")))
                .containsExactly("1:sunli:DEPUTY_DIRECTOR", "2:zhaomin:DIRECTOR", "3:wangqiang:CHIEF");
    }

    @Test
    void aUnitWithoutADeputyStartsAtTheOfficeDirector() {
        assertThat(reviewers(DemoOrganisation.chainOf("lina"))).containsExactly("1:zhaomin:DIRECTOR", "2:wangqiang:CHIEF");
    }

    @Test
    void aDrafterInTheChainIsSkippedSoNobodyApprovesTheirOwnDraft() {
        assertThat(reviewers(DemoOrganisation.chainOf("sunli"))).containsExactly("1:zhaomin:DIRECTOR", "2:wangqiang:CHIEF");
        assertThat(reviewers(DemoOrganisation.chainOf("zhaomin")))
                .containsExactly("1:sunli:DEPUTY_DIRECTOR", "2:wangqiang:CHIEF");
    }

    @Test
    void aSignerWhoDraftedIsReplacedByAnotherChief() {
        assertThat(reviewers(DemoOrganisation.chainOf("wangqiang"))).containsExactly("1:zhaomin:DIRECTOR", "2:liuyang:CHIEF");
    }

    @Test
    void withoutAnyOtherChiefTheChainCannotBeStaffed() {
        OrganisationChart onlyOneChief = new OrganisationChart(
                Map.of("wangqiang", DemoOrganisation.CHART.member("wangqiang").orElseThrow(),
                        "zhaomin", DemoOrganisation.CHART.member("zhaomin").orElseThrow()),
                Map.of(), "zhaomin", "wangqiang", "江民发");
        assertThat(ChainPolicy.build(DemoOrganisation.person("wangqiang"), onlyOneChief))
                .isInstanceOfSatisfying(ChainPolicy.ChainOutcome.Unstaffed.class, unstaffed -> {
                    // the signer would stand after 赵敏
                    assertThat(unstaffed.level()).isEqualTo(2);
                    assertThat(unstaffed.role()).isEqualTo("CHIEF");
                    assertThat(unstaffed.refusal().rule()).isEqualTo("REVIEW-CHAIN-2");
                    assertThat(unstaffed.refusal().code()).isEqualTo("no-signer");
                });
    }

    @Test
    void aSubmissionNobodyCanSignGoesBackToTheDrafterNotLeftInReview() {
        OrganisationChart onlyOneChief = new OrganisationChart(
                Map.of("wangqiang", DemoOrganisation.CHART.member("wangqiang").orElseThrow(),
                        "zhaomin", DemoOrganisation.CHART.member("zhaomin").orElseThrow()),
                Map.of(), "zhaomin", "wangqiang", "江民发");
        var unstaffed = (ChainPolicy.ChainOutcome.Unstaffed) ChainPolicy.build(DemoOrganisation.person("wangqiang"),
                onlyOneChief);
        var submission = new Submission("doc-1", 1, DemoOrganisation.person("wangqiang"), null, "hash",
                java.time.Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(Review.refuse(java.util.Optional.empty(), submission, unstaffed,
                java.time.Instant.parse("2026-12-01T00:00:01Z")))
                .isInstanceOfSatisfying(Outcomes.SubmissionRefused.class, refused -> {
                    assertThat(refused.event().rule()).isEqualTo("REVIEW-CHAIN-2");
                    assertThat(refused.event().level()).isEqualTo(2);
                });
    }

    @Test
    void theDrafterUnitComesFromTheOrganisationWhenTheEventHasNone() {
        var drafter = new org.gongwen.events.Person("zhangwei", "张伟", null);
        var built = (ChainPolicy.ChainOutcome.Built) ChainPolicy.build(drafter, DemoOrganisation.CHART);
        assertThat(built.steps().get(0).reviewer().username()).isEqualTo("sunli");
    }
}
