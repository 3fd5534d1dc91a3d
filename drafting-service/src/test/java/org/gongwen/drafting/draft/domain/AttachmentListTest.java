package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.LINA;
import static org.gongwen.drafting.draft.domain.Samples.T0;
import static org.gongwen.drafting.draft.domain.Samples.ZHANGWEI;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.attachment.domain.ContentSniffer;
import org.gongwen.drafting.attachment.domain.Files;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.drafting.draft.domain.Samples;
import org.gongwen.kernel.Refusal;
import org.gongwen.events.AttachmentRef;
import org.junit.jupiter.api.Test;

/** Attachments change the draft like any save (If-Match, drafter, version), within the size limits (GB-ATT-2). */
class AttachmentListTest {

    static final AttachmentLimits LIMITS = new AttachmentLimits(100, 130);
    static final StoredFile LIST = new StoredFile("a".repeat(64), 60, ContentSniffer.PDF);
    static final StoredFile TABLE = new StoredFile("b".repeat(64), 80, ContentSniffer.XLSX);

    static Draft draft(List<AttachmentRef> attachments) {
        Draft d = ((Outcome.Accepted) Draft.create(UUID.randomUUID(), Samples.copy(Samples.request(),
                c -> c.attachments = attachments), ZHANGWEI, T0)).draft();
        return d;
    }

    static Draft accepted(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) o).draft();
    }

    static Refusal refused(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) o).refusal();
    }

    @Test
    void gbAtt2_anUploadFillsTheEntryThe附件说明AlreadyNamesElseItIsAppended() {
        Draft d = draft(List.of(new AttachmentRef("发放名单"), new AttachmentRef("资金测算表")));
        Draft filled = accepted(AttachmentList.attach(d, ZHANGWEI, 1L, "资金测算表", TABLE, LIMITS, T0));
        assertThat(filled.content().attachments()).containsExactly(new AttachmentRef("发放名单"), TABLE.as("资金测算表"));
        assertThat(filled.version()).isEqualTo(2);
        Draft appended = accepted(AttachmentList.attach(filled, ZHANGWEI, 2L, "说明", TABLE, LIMITS, T0));
        assertThat(appended.content().attachments()).hasSize(3).last().isEqualTo(TABLE.as("说明"));
        assertThat(AttachmentList.slotFor(d.content(), "资金测算表")).isEqualTo(1);
        assertThat(AttachmentList.slotFor(d.content(), "别的")).isEqualTo(2);
    }

    @Test
    void ifMatch_anUploadNeedsTheVersionReadAndOnlyTheDrafterMayMakeIt() {
        Draft d = draft(List.of());
        assertThat(refused(AttachmentList.attach(d, ZHANGWEI, null, "名单", LIST, LIMITS, T0)).code())
                .isEqualTo("if-match-required");
        assertThat(refused(AttachmentList.attach(d, ZHANGWEI, 7L, "名单", LIST, LIMITS, T0)).code())
                .isEqualTo("stale-version");
        assertThat(refused(AttachmentList.attach(d, LINA, 1L, "名单", LIST, LIMITS, T0)).code())
                .isEqualTo("not-the-drafter");
        assertThat(refused(AttachmentList.remove(d, LINA, 1L, 9, LIMITS, T0)).code())
                .as("a stranger learns nothing about the list").isEqualTo("not-the-drafter");
    }

    @Test
    void replacingAndRemovingAreNewVersionsAndMissingEntriesAre404() {
        Draft d = accepted(AttachmentList.attach(draft(List.of()), ZHANGWEI, 1L, "名单", LIST, LIMITS, T0));
        Draft replaced = accepted(AttachmentList.replaceFile(d, ZHANGWEI, 2L, 1, TABLE, LIMITS, T0));
        assertThat(replaced.content().attachments()).as("the entry keeps its name").containsExactly(TABLE.as("名单"));
        assertThat(accepted(AttachmentList.replaceAndRename(d, ZHANGWEI, 2L, 1, "统计表", TABLE, LIMITS, T0))
                .content().attachments()).containsExactly(TABLE.as("统计表"));
        assertThat(replaced.version()).isEqualTo(3);
        Draft removed = accepted(AttachmentList.remove(replaced, ZHANGWEI, 3L, 1, LIMITS, T0));
        assertThat(removed.content().attachments()).isEmpty();
        assertThat(removed.version()).isEqualTo(4);
        assertThat(refused(AttachmentList.remove(removed, ZHANGWEI, 4L, 1, LIMITS, T0)).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void theDraftLimitCountsEachDistinctFileOnce() {
        Draft d = accepted(AttachmentList.attach(draft(List.of()), ZHANGWEI, 1L, "名单", LIST, LIMITS, T0));
        Draft twice = accepted(AttachmentList.attach(d, ZHANGWEI, 2L, "名单副本", LIST, LIMITS, T0));
        Refusal tooMuch = refused(AttachmentList.attach(twice, ZHANGWEI, 3L, "表", TABLE, LIMITS, T0));
        assertThat(tooMuch.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
        assertThat(tooMuch.code()).isEqualTo("attachments-too-large");
        assertThat(LIMITS.file(100)).isEmpty();
        assertThat(LIMITS.file(101)).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("attachment-too-large"));
    }

    @Test
    void aSavedContentMayOnlyListFilesUploadedToThisDraftAndGetsTheirStoredSizeAndType() {
        var content = Samples.copy(Samples.request(), c -> c.attachments = List.of(
                new AttachmentRef("名单", LIST.sha256(), 999_999L, "text/html"), new AttachmentRef("待传")));
        assertThat(AttachmentList.unknownFiles(content, Map.of())).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("attachments[0].sha256"));
        assertThat(AttachmentList.unknownFiles(content, Map.of(LIST.sha256(), LIST))).isEmpty();
        assertThat(AttachmentList.withStoredFiles(content, Map.of(LIST.sha256(), LIST)).attachments())
                .containsExactly(LIST.as("名单"), new AttachmentRef("待传"));
    }

    @Test
    void limitsWhereAFileMayBeLargerThanADraftAreAConfigurationError() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new AttachmentLimits(200, 100));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new AttachmentLimits(0, 100));
    }

    @Test
    void anUploadWithoutANameIsNamedAfterItsFile() {
        assertThat(AttachmentList.nameFrom("C:\\文件\\2026年养老服务补贴发放名单.xlsx")).isEqualTo("2026年养老服务补贴发放名单");
        assertThat(AttachmentList.nameFrom("dir/资金测算表.tar.gz")).isEqualTo("资金测算表.tar");
        assertThat(AttachmentList.nameFrom(".pdf")).isEqualTo(".pdf");
        assertThat(AttachmentList.nameFrom(null)).isEqualTo("附件");
    }

    @Test
    void theSha256OfTheBytesIsStoredWithTheSniffedType() {
        assertThat(StoredFile.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(StoredFile.of(Files.pdf())).hasValueSatisfying(f -> {
            assertThat(f.contentType()).isEqualTo(ContentSniffer.PDF);
            assertThat(f.size()).isEqualTo(Files.pdf().length);
        });
        assertThat(StoredFile.of(Files.executable())).isEmpty();
    }
}
