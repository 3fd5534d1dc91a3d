package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.junit.jupiter.api.Test;

/** Chain per document kind: REVIEW-CHAIN-1 (逐级, never skip), -2 (条例 第二十二条), -3 (主任 signs 平行文 函). */
class ChainRulesTest {

    private static final SigningRules DIRECTOR_SIGNS_LETTERS = new SigningRules(
            List.of(new SigningRules.Kind("函", "平行")), Set.of("决定"));

    private static DocumentContent doc(String docType, String direction, String classification) {
        return new DocumentContent(docType, "关于商请协助开展养老机构消防检查的函", List.of("市消防救援支队"), List.of(), "正文",
                null, classification, classification == null ? null : 1, direction, List.of(), null);
    }

    private static List<ChainStep> chain(String drafter, DocumentContent content, SigningRules rules) {
        return ((ChainPolicy.ChainOutcome.Built) ChainPolicy.build(DemoOrganisation.person(drafter), content,
                DemoOrganisation.CHART, rules)).steps();
    }

    private static List<String> reviewers(List<ChainStep> steps) {
        return steps.stream().map(s -> s.reviewer().username()).toList();
    }

    @Test
    void upwardDocumentsAreSignedByTheChiefEvenWhereTheDirectorMaySignLetters_REVIEW_CHAIN_2() {
        List<ChainStep> steps = chain("zhangwei", doc("函", "上行", null), DIRECTOR_SIGNS_LETTERS);
        assertThat(steps.get(steps.size() - 1).role()).isEqualTo("CHIEF");
        assertThat(reviewers(steps)).containsExactly("sunli", "zhaomin", "wangqiang");
    }

    @Test
    void importantAndClassifiedDocumentsAreSignedByTheChief_REVIEW_CHAIN_2() {
        SigningRules everything = new SigningRules(List.of(new SigningRules.Kind("函", null),
                new SigningRules.Kind("决定", null)), Set.of("决定"));
        assertThat(reviewers(chain("lina", doc("决定", "下行", null), everything))).endsWith("wangqiang");
        assertThat(reviewers(chain("lina", doc("函", "平行", "秘密"), everything))).endsWith("wangqiang");
    }

    @Test
    void theDirectorSignsAParallelLetterWhenTheOfficeAllowsIt_REVIEW_CHAIN_3() {
        List<ChainStep> steps = chain("zhangwei", doc("函", "平行", null), DIRECTOR_SIGNS_LETTERS);
        assertThat(reviewers(steps)).containsExactly("sunli", "zhaomin");
        assertThat(steps.get(1).role()).isEqualTo("DIRECTOR");
        assertThat(reviewers(chain("zhangwei", doc("函", "平行", null), SigningRules.CHIEF_SIGNS_ALL)))
                .as("not configured: the 局长 signs").endsWith("wangqiang");
        assertThat(reviewers(chain("zhaomin", doc("函", "平行", null), DIRECTOR_SIGNS_LETTERS)))
                .as("a 主任 never signs their own draft").endsWith("wangqiang");
    }

    @Test
    void aChainNeverSkipsALevel_REVIEW_CHAIN_1() {
        for (String drafter : List.of("zhangwei", "lina", "qianxiao", "sunli", "zhaomin", "wangqiang")) {
            for (DocumentContent content : List.of(doc("函", "平行", null), doc("请示", "上行", null),
                    doc("通知", "下行", "机密"))) {
                List<ChainStep> steps = chain(drafter, content, DIRECTOR_SIGNS_LETTERS);
                for (int i = 0; i < steps.size(); i++) {
                    assertThat(steps.get(i).level()).as("levels are 1..n without gaps").isEqualTo(i + 1);
                }
                assertThat(reviewers(steps)).as("nobody twice, never the drafter").doesNotHaveDuplicates()
                        .doesNotContain(drafter);
                // every level above the drafter's own that the organisation has is present, in order
                List<String> expected = new java.util.ArrayList<>(List.of("sunli", "zhaomin"));
                String unit = DemoOrganisation.person(drafter).unit();
                if (!DemoOrganisation.CHART.deputyByUnit().containsKey(unit)) {
                    expected.remove("sunli");
                }
                expected.remove(drafter);
                List<String> got = reviewers(steps);
                assertThat(got.subList(0, Math.min(expected.size(), got.size())))
                        .as(drafter + " " + content.docType()).isEqualTo(expected.subList(0,
                                Math.min(expected.size(), got.size())));
            }
        }
    }
}
