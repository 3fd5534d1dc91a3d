package org.gongwen.drafting.template.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.format.domain.FormatChecker;
import org.gongwen.drafting.format.domain.Organisation;
import org.gongwen.events.DocumentContent;
import org.gongwen.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * DRAFT-REPLY-2 (issue 17, 答复): the reply to a 收文 starts addressed to its 来文单位, titled after its 事由, citing it,
 * in the kind 条例 第八条 gives a reply — and the format rules find nothing in that skeleton.
 */
class ReplySkeletonsTest {

    private static final ReplySkeletons REPLIES = new ReplySkeletons(new DraftTemplates(Organisation.demo()),
            Organisation.demo());
    private static final ReplySkeletons.Answered FROM_FINANCE = new ReplySkeletons.Answered("江城市财政局",
            "江财函〔2026〕5号", "江城市财政局关于商请提供2026年社会救助资金使用情况的函");

    private static List<RuleViolation> findings(DocumentContent c) {
        return FormatChecker.standard().check(c);
    }

    @Test
    void draftReply2_anOutsideOrgansLetterIsAnsweredByAParallelLetterTitledFuHanToThatOrgan() {
        DocumentContent reply = REPLIES.reply(null, FROM_FINANCE, "张伟").orElseThrow();
        assertThat(reply.docType()).isEqualTo("函");
        assertThat(reply.direction()).isEqualTo("平行");
        assertThat(reply.mainRecipients()).containsExactly("江城市财政局");
        assertThat(reply.title()).isEqualTo("江城市民政局关于商请提供2026年社会救助资金使用情况的复函");
        assertThat(reply.body()).startsWith("你单位《江城市财政局关于商请提供2026年社会救助资金使用情况的函》（江财函〔2026〕5号）收悉。")
                .endsWith("此复。");
        assertThat(DraftInputRules.check(reply)).isEmpty();
        assertThat(findings(reply)).as("neither an error nor a warning in the skeleton").isEmpty();
    }

    @Test
    void draftReply2_aLowerOrgansRequestIsAnsweredByADownwardPiFu_aSuperiorsInquiryByAnUpwardReport() {
        ReplySkeletons.Answered request = new ReplySkeletons.Answered("江城市社会福利院", null,
                "江城市社会福利院关于增加床位的请示");
        DocumentContent approval = REPLIES.reply("批复", request, "张伟").orElseThrow();
        assertThat(approval.title()).isEqualTo("江城市民政局关于增加床位的批复");
        assertThat(approval.direction()).isEqualTo("下行");
        assertThat(approval.body()).startsWith("你单位《江城市社会福利院关于增加床位的请示》收悉。");
        assertThat(findings(approval)).extracting(RuleViolation::severity).doesNotContain(
                org.gongwen.kernel.Severity.ERROR);

        DocumentContent report = REPLIES.reply("报告", new ReplySkeletons.Answered("江城市人民政府", "江政函〔2026〕9号",
                "关于报送2026年救助工作情况的通知"), "张伟").orElseThrow();
        assertThat(report.title()).isEqualTo("江城市民政局关于报送2026年救助工作情况的报告");
        assertThat(report.direction()).isEqualTo("上行");
        assertThat(report.mainRecipients()).containsExactly("江城市人民政府");
        assertThat(findings(report)).extracting(RuleViolation::severity).doesNotContain(
                org.gongwen.kernel.Severity.ERROR);
    }

    @Test
    void draftReply2_theMatterIsWhatStandsBetweenGuanYuAndTheKind_elseAPlaceholder() {
        assertThat(ReplySkeletons.matter("关于做好防汛工作的通知")).isEqualTo("做好防汛工作");
        assertThat(ReplySkeletons.matter("江城市财政局关于经费的请示报告")).isEqualTo("经费");
        assertThat(ReplySkeletons.matter("2026年防汛工作安排")).isEqualTo("2026年防汛工作安排");
        assertThat(ReplySkeletons.matter("关于的函")).isEqualTo(DraftTemplates.GAP);
        assertThat(REPLIES.reply("请示报告", FROM_FINANCE, "张伟")).isEmpty();
    }
}
