package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.LINA;
import static org.gongwen.drafting.draft.domain.Samples.T0;
import static org.gongwen.drafting.draft.domain.Samples.ZHANGWEI;
import static org.gongwen.drafting.draft.domain.Samples.accepted;
import static org.gongwen.drafting.draft.domain.Samples.newDraft;
import static org.gongwen.drafting.draft.domain.Samples.refusal;
import static org.gongwen.drafting.draft.domain.Samples.withBody;
import static org.gongwen.drafting.draft.domain.Samples.withKind;
import static org.gongwen.drafting.draft.domain.Samples.withSecrecy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.junit.jupiter.api.Test;

class CorrectingTest {

    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T0.plusSeconds(7200);
    private static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD");
    /** Someone else of 张伟's unit (社会救助科). */
    private static final Actor COLLEAGUE = new Actor("wangfang", "王芳", "SHJZ", Set.of("CLERK"), "秘密");

    private final Draft issued = issued();

    private static Draft issued() {
        Draft draft = newDraft();
        Draft submitted = accepted(draft.submit(ZHANGWEI, List.of(), T0));
        return accepted(ReviewProgress.issued(submitted, new DocumentIssued(draft.id().toString(), 1,
                "江民发〔2026〕1号", WANGQIANG, T1, LocalDate.of(2026, 11, 21), "hash", submitted.content(),
                ZHANGWEI.person(), List.of())));
    }

    private Outcome correct(Draft draft, Actor by, DocumentContent changed, String reason) {
        return Correcting.correct(draft, by, changed, reason, List.of(), T2);
    }

    private DocumentContent changed() {
        return withBody(issued.content(), issued.content().body() + "（更正：金额为五十万元。）");
    }

    @Test
    void aCorrectionIsTheNextRevisionInReviewKeepingTheIssuedNumberAndContentToFallBackTo() {
        Draft d = accepted(correct(issued, ZHANGWEI, changed(), "金额有误"));
        assertThat(d.status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(d.revision()).isEqualTo(2);
        assertThat(d.documentNumber()).isEqualTo("江民发〔2026〕1号");
        assertThat(d.correction()).isEqualTo(new Correction(1, "金额有误", issued.content(), DraftStatus.ISSUED, true));
        assertThat(d.chain()).isEmpty();
    }

    @Test
    void correction1_aDocumentNotIssuedCannotBeCorrected() {
        assertThat(refusal(correct(newDraft(), ZHANGWEI, changed(), "理由")).rule()).isEqualTo("CORRECTION-1");
    }

    @Test
    void correction2_aReasonIsRequired() {
        assertThat(refusal(correct(issued, ZHANGWEI, changed(), " ")).rule()).isEqualTo("CORRECTION-2");
        assertThat(refusal(correct(issued, ZHANGWEI, changed(), null)).violations().get(0).field())
                .isEqualTo("reason");
    }

    @Test
    void correction3_somethingMustChange() {
        assertThat(refusal(correct(issued, ZHANGWEI, issued.content(), "理由")).rule()).isEqualTo("CORRECTION-3");
    }

    @Test
    void correction4_oneCorrectionAtATime() {
        Draft inCorrection = accepted(correct(issued, ZHANGWEI, changed(), "金额有误"));
        assertThat(refusal(correct(inCorrection, ZHANGWEI, changed(), "再改")).rule()).isEqualTo("CORRECTION-4");
    }

    @Test
    void correction5_onlyTheDrafterOrTheirUnit() {
        assertThat(refusal(correct(issued, LINA, changed(), "理由")).rule()).isEqualTo("CORRECTION-5");
        assertThat(accepted(correct(issued, COLLEAGUE, changed(), "理由")).revision()).isEqualTo(2);
    }

    @Test
    void correction6_docTypeClassificationAndDirectionCannotChange() {
        var kind = refusal(correct(issued, ZHANGWEI, withKind(changed(), "报告", "上行"), "理由"));
        assertThat(kind.rule()).isEqualTo("CORRECTION-6");
        assertThat(kind.violations()).extracting(v -> v.field()).contains("docType");
        var secrecy = refusal(correct(issued, ZHANGWEI, withSecrecy(changed(), "机密", 10), "理由"));
        assertThat(secrecy.violations()).extracting(v -> v.field()).contains("classification");
    }

    @Test
    void correction7_theChangedContentMustPassTheFormatRules() {
        var blocking = org.gongwen.kernel.RuleViolation.error("GB-TITLE-1", "title", "标题", "title");
        assertThat(refusal(Correcting.correct(issued, ZHANGWEI, changed(), "理由", List.of(blocking), T2)).rule())
                .isEqualTo("CORRECTION-7");
    }

    @Test
    void aRejectedOrReturnedCorrectionLeavesTheIssuedDocumentValidAndALaterOneStillCorrectsIt() {
        Draft inCorrection = accepted(correct(issued, ZHANGWEI, changed(), "金额有误"));
        String id = issued.id().toString();
        Draft rejected = accepted(ReviewProgress.rejected(inCorrection,
                new ReviewRejected(id, 2, 1, "CHIEF", WANGQIANG, "不必更正", T2)));
        assertThat(rejected.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(rejected.content()).isEqualTo(issued.content());
        assertThat(rejected.correction().open()).isFalse();
        assertThat(rejected.history()).extracting(ReviewOpinion::opinion).contains("不必更正");

        Draft again = accepted(correct(rejected, ZHANGWEI, changed(), "仍须更正"));
        assertThat(again.revision()).isEqualTo(3);
        assertThat(again.correction().issuedRevision()).isEqualTo(1);
        Draft returned = accepted(ReviewProgress.returned(again,
                new ReviewReturned(id, 3, 1, "CHIEF", WANGQIANG, "请再核", T2)));
        assertThat(returned.status()).isEqualTo(DraftStatus.ISSUED);
    }

    @Test
    void theSignedCorrectionIsTheIssuedDocument() {
        Draft inCorrection = accepted(correct(issued, ZHANGWEI, changed(), "金额有误"));
        Draft signed = accepted(ReviewProgress.issued(inCorrection, new DocumentIssued(issued.id().toString(), 2,
                "江民发〔2026〕1号", WANGQIANG, T2, LocalDate.of(2026, 11, 22), "hash2", changed(),
                ZHANGWEI.person(), List.of())));
        assertThat(signed.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(signed.content()).isEqualTo(changed());
        assertThat(signed.correction()).isNull();
        assertThat(signed.documentNumber()).isEqualTo("江民发〔2026〕1号");
    }
}
