package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.request;

import java.util.Collections;
import java.util.List;

import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;

class DraftInputRulesTest {

    @Test
    void aWellFormedDraftHasNoFieldViolations() {
        assertThat(DraftInputRules.check(request())).isEmpty();
    }

    @Test
    void titleIsAtMost200Characters() {
        assertThat(fields(Samples.withTitle(request(), "题".repeat(201)))).containsExactly("title");
        assertThat(fields(Samples.withTitle(request(), "题".repeat(200)))).isEmpty();
    }

    @Test
    void bodyIsAtMost200000Characters() {
        assertThat(fields(Samples.withBody(request(), "文".repeat(200_001)))).containsExactly("body");
    }

    @Test
    void atMost100MainRecipientsEachAtMost100Characters() {
        assertThat(fields(Samples.withRecipients(request(), Collections.nCopies(101, "某单位")))).containsExactly("mainRecipients");
        assertThat(fields(Samples.withRecipients(request(), List.of("机".repeat(101))))).containsExactly("mainRecipients[0]");
    }

    @Test
    void atMost50Attachments() {
        DocumentContent c = request();
        DocumentContent many = new DocumentContent(c.docType(), c.title(), c.mainRecipients(), c.copyRecipients(), c.body(),
                null, null, null, c.direction(), Collections.nCopies(51, new AttachmentRef("名单")), c.remarks());
        assertThat(fields(many)).containsExactly("attachments");
    }

    @Test
    void controlCharactersAreRefusedExceptLineFeedAndTabInTheBody() {
        assertThat(fields(Samples.withTitle(request(), "关于\u0007的请示"))).containsExactly("title");
        assertThat(fields(Samples.withTitle(request(), "关于\n的请示"))).containsExactly("title");
        assertThat(fields(Samples.withBody(request(), "一、总体要求\n\t内容"))).isEmpty();
        assertThat(fields(Samples.withBody(request(), "内容\u0000"))).containsExactly("body");
    }

    @Test
    void classificationPeriodIsOneToThirtyYearsAndOnlyWithAClassification() {
        assertThat(fields(Samples.withSecrecy(request(), "秘密", 0))).containsExactly("classificationPeriodYears");
        assertThat(fields(Samples.withSecrecy(request(), "绝密", 31))).containsExactly("classificationPeriodYears");
        assertThat(fields(Samples.withSecrecy(request(), null, 5))).containsExactly("classificationPeriodYears");
        assertThat(fields(Samples.withSecrecy(request(), "绝密", 30))).isEmpty();
    }

    @Test
    void enumerationsTakeOnlyTheLegalTerms() {
        assertThat(fields(Samples.withKind(request(), "方案", "上行"))).containsExactly("docType");
        assertThat(fields(Samples.withKind(request(), "请示", "向上"))).containsExactly("direction");
        assertThat(fields(Samples.withSecrecy(request(), "内部", null))).containsExactly("classification");
    }

    private static List<String> fields(DocumentContent content) {
        return DraftInputRules.check(content).stream().map(RuleViolation::field).toList();
    }
}
