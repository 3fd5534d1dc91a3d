package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.review.decision.domain.DemoOrganisation.CHART;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.person;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/**
 * 纪要 第N期 (GB/T 9704 §10.3, reference.md §1.3 row 15 纪要格式): at 签发 a 纪要 draws its 期号 from the 纪要 series of
 * its 代字 and year, gap-free like the 文号 (GB-NO-1); other 文种 draw none; a 更正 keeps it unless re-numbered.
 */
class MinutesPeriodTest {

    private static final Instant LATER = T0.plus(Duration.ofDays(2));

    /** The counters as the database keeps them: one series per 代字 and year, each starting at 1. */
    private final Map<String, Integer> minutes = new HashMap<>();
    private int numbers;

    private Signing signing(Instant now) {
        return new Signing(now, ReviewDeadlines.DEFAULT, "江民发", (code, year) -> ++numbers, Map.of(), CHART,
                SigningRules.CHIEF_SIGNS_ALL, (code, year) -> minutes.merge(code + year, 1, Integer::sum));
    }

    private static DocumentContent content(String docType, String title) {
        return new DocumentContent(docType, title, List.of("各科室"), List.of(), "正文\n出席：王强、刘洋", null, null, null,
                "下行", List.of(), null);
    }

    private Review signed(String documentId, String docType, String title) {
        Review review = DemoOrganisation.started(Optional.empty(), new Submission(documentId, 1, person("zhangwei"),
                content(docType, title), "hash-1", T0));
        for (String who : List.of("sunli", "zhaomin", "wangqiang")) {
            review = ((Outcomes.Decided) review.decide(new DecisionRequest(who, Decision.APPROVE, "同意", 1),
                    signing(T0.plusSeconds(60)))).review();
        }
        return review;
    }

    @Test
    void eachMinutesOfTheYearTakesTheNextPeriodAndOtherDocTypesTakeNone() {
        Review first = signed("m-1", "纪要", "江城市民政局局长办公会议纪要");
        Review notice = signed("n-1", "通知", "关于做好走访慰问工作的通知");
        Review second = signed("m-2", "纪要", "江城市民政局局长办公会议纪要");

        assertThat(first.issue().minutesPeriod()).isEqualTo(1);
        assertThat(notice.issue().minutesPeriod()).as("a 通知 has no 期号 and uses none").isNull();
        assertThat(second.issue().minutesPeriod()).as("gap-free: the 通知 took no period").isEqualTo(2);
        // the 文号 come from the organ's one 发文 counter, the 纪要 among all documents
        assertThat(List.of(first, notice, second)).extracting(r -> r.issue().documentNumber())
                .containsExactly("江民发〔2026〕1号", "江民发〔2026〕2号", "江民发〔2026〕3号");
    }

    @Test
    void theIssuedEventCarriesThePeriod() {
        Review review = DemoOrganisation.started(Optional.empty(), new Submission("m-1", 1, person("zhangwei"),
                content("纪要", "江城市民政局局长办公会议纪要"), "hash-1", T0));
        Outcomes.DecisionOutcome outcome = null;
        for (String who : List.of("sunli", "zhaomin", "wangqiang")) {
            outcome = review.decide(new DecisionRequest(who, Decision.APPROVE, "同意", 1), signing(T0.plusSeconds(60)));
            review = ((Outcomes.Decided) outcome).review();
        }
        DocumentIssued event = ((Issued) outcome).event();
        assertThat(event.minutesPeriod()).isEqualTo(1);
        assertThat(MinutesPeriods.format(event.minutesPeriod())).isEqualTo("第1期");
    }

    @Test
    void aCorrectionKeepsThePeriodWithTheNumberAndARenumberingDrawsTheNext() {
        Review issued = signed("m-1", "纪要", "江城市民政局局长办公会议纪要");
        Corrects corrects = new Corrects(1, issued.issue().documentNumber(), person("wangqiang"), "出席人员有误");
        Submission correction = new Submission("m-1", 2, person("zhangwei"),
                content("纪要", "江城市民政局局长办公会议纪要"), "hash-2", LATER, corrects);
        Review corrected = ((Outcomes.Started) Review.receive(Optional.of(issued), correction,
                CorrectionReview.chainOf(Optional.of(issued)).orElseThrow(), null, LATER, ReviewDeadlines.DEFAULT))
                .review();

        Issued kept = (Issued) corrected.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "同意更正", 2),
                signing(LATER));
        assertThat(kept.event().minutesPeriod()).isEqualTo(1);
        Issued renumbered = (Issued) corrected.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "重新编号", 2,
                null, null, true), signing(LATER));
        assertThat(renumbered.event().minutesPeriod()).isEqualTo(2);
    }

    @Test
    void aPeriodIsPrintedAsDiNQiAndStartsAtOne() {
        assertThat(MinutesPeriods.format(12)).isEqualTo("第12期");
        assertThat(MinutesPeriods.numbered("纪要")).isTrue();
        assertThat(MinutesPeriods.numbered("通知")).isFalse();
        assertThatThrownBy(() -> MinutesPeriods.format(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
