package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingConcluded.CirculationReading;
import org.gongwen.events.RegistryIncomingConcluded.IncomingRegistration;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/** The class, 档号 and retention of 收文 and 交办事项 records, and what each record holds (issue 17). */
class RegistryAccessionTest {

    static final Person CLERK = new Person("qianxiao", "钱晓", "BGS");
    static final Person CHIEF = new Person("wangqiang", "王强", "JLD");
    static final Person HANDLER = new Person("zhangwei", "张伟", "SHJZ");
    /** 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai. */
    static final Instant NEW_YEAR_IN_SHANGHAI = Instant.parse("2026-12-31T16:30:00Z");
    static final Instant CONCLUDED = Instant.parse("2026-03-05T02:00:00Z");

    static RegistryIncomingConcluded incoming(Instant concludedAt, String replyId) {
        return new RegistryIncomingConcluded("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 1, "已复函。", replyId, "zhangwei",
                concludedAt, "收〔2026〕12号", new IncomingRegistration("江城市财政局", "江财函〔2026〕5号",
                "关于核对救助资金的函", "机密", "加急", 2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 27)),
                "拟请社会救助科办理。", "SHJZ", List.of("YLFW"), LocalDate.of(2026, 3, 9), "请社会救助科牵头办理。", CHIEF,
                HANDLER, List.of(new CirculationReading("c1", CHIEF, CONCLUDED.minusSeconds(900),
                CONCLUDED.minusSeconds(600), "阅，抓紧办理。")), List.of(
                new TrailEntry("REGISTERED", CLERK, null, null, CONCLUDED.minusSeconds(1000), "收〔2026〕12号", null),
                new TrailEntry("CONCLUDED", HANDLER, null, null, concludedAt, "已复函。", null)));
    }

    static RegistryMatterConcluded matter(Instant concludedAt, String classification) {
        return new RegistryMatterConcluded("5f0c1e2a-0d7b-4c55-8a8e-3f2b1c4d5e6f", 1, "INSTRUCTION",
                "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "核对救助资金发放情况并报告", "SHJZ", LocalDate.of(2026, 3, 9),
                classification, CHIEF, CONCLUDED.minusSeconds(86_400), List.of(
                new RegistryMatterConcluded.ProgressReport(HANDLER, "已核对一半。", CONCLUDED.minusSeconds(3600))),
                "已核对并报告。", HANDLER, concludedAt, List.of(
                new TrailEntry("MATTER_ASSIGNED", CHIEF, null, null, CONCLUDED.minusSeconds(86_400), "核对", null),
                new TrailEntry("CONCLUDED", HANDLER, null, null, concludedAt, "已核对并报告。", null)));
    }

    static RegistryAccession.Prepared accepted(RegistryAccession.Decision decision) {
        assertThat(decision).isInstanceOf(RegistryAccession.Accepted.class);
        return ((RegistryAccession.Accepted) decision).record();
    }

    @Test
    void anIncomingDocumentGoesIntoTheIncomingClassOfTheYearItWasConcludedKeptThirtyYears() {
        RegistryAccession.Prepared p = accepted(RegistryAccession.incoming(incoming(CONCLUDED, null),
                RegistrySchedule.defaults(), Optional.empty()));

        assertThat(new ArchiveNo("Z011", p.archivalClass(), 1).format()).isEqualTo("Z011-WS·2026-D30-SW-0001");
        assertThat(p.kind()).isEqualTo(RecordKind.INCOMING);
    }

    @Test
    void aMatterGoesIntoTheMatterClassOfItsOwn() {
        RegistryAccession.Prepared p = accepted(RegistryAccession.matter(matter(CONCLUDED, null),
                RegistrySchedule.defaults()));

        assertThat(new ArchiveNo("Z011", p.archivalClass(), 7).format()).isEqualTo("Z011-WS·2026-D30-JB-0007");
        assertThat(p.kind()).isEqualTo(RecordKind.ASSIGNED_MATTER);
    }

    @Test
    void theYearIsTheYearOfConclusionInTheOfficesZoneSoAMatterHandledAcrossNewYearIsFiledInTheNewYear() {
        assertThat(accepted(RegistryAccession.incoming(incoming(NEW_YEAR_IN_SHANGHAI, null),
                RegistrySchedule.defaults(), Optional.empty())).archivalClass().year()).isEqualTo(2027);
        assertThat(accepted(RegistryAccession.matter(matter(NEW_YEAR_IN_SHANGHAI, null),
                RegistrySchedule.defaults())).archivalClass().year()).isEqualTo(2027);
    }

    @Test
    void anIncomingDocumentAnsweredByAPermanentReplyIsKeptAsLongAsTheReplyButNeverShorter() {
        RegistryIncomingConcluded answered = incoming(CONCLUDED, "reply-1");
        assertThat(accepted(RegistryAccession.incoming(answered, RegistrySchedule.defaults(),
                Optional.of(Retention.PERMANENT))).archivalClass().retention()).isEqualTo(Retention.PERMANENT);
        assertThat(accepted(RegistryAccession.incoming(answered, RegistrySchedule.defaults(),
                Optional.of(Retention.TEN_YEARS))).archivalClass().retention()).isEqualTo(Retention.THIRTY_YEARS);
    }

    @Test
    void theClassesAndPeriodsAreTheOrgansOwnTable() {
        RegistrySchedule schedule = new RegistrySchedule("SWDJ", Retention.TEN_YEARS, "DBSX", Retention.PERMANENT);
        assertThat(accepted(RegistryAccession.incoming(incoming(CONCLUDED, null), schedule, Optional.empty()))
                .archivalClass()).satisfies(c -> {
                    assertThat(c.unit()).isEqualTo("SWDJ");
                    assertThat(c.retention()).isEqualTo(Retention.TEN_YEARS);
                });
        assertThat(accepted(RegistryAccession.matter(matter(CONCLUDED, null), schedule)).archivalClass().retention())
                .isEqualTo(Retention.PERMANENT);
        assertThatThrownBy(() -> new RegistrySchedule("SW", Retention.TEN_YEARS, "SW", Retention.TEN_YEARS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIncomingRecordIsTheRegistrationWithItsHandlingSheetAndTheSenderAsResponsible() {
        RegistryAccession.Prepared p = accepted(RegistryAccession.incoming(incoming(CONCLUDED, null),
                RegistrySchedule.defaults(), Optional.empty()));

        assertThat(p.documentNumber()).isEqualTo("江财函〔2026〕5号");
        assertThat(p.content().issuingOrgan()).isEqualTo("江城市财政局");
        assertThat(p.content().classification()).isEqualTo("机密");
        assertThat(p.content().body()).contains("收文编号：收〔2026〕12号", "来文单位：江城市财政局", "批办意见：请社会救助科牵头办理。（王强）",
                "传阅：王强 阅，批示：阅，抓紧办理。", "办理结果：已复函。（张伟）", "协办单位：YLFW");
        assertThat(p.documentDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.drafter()).isEqualTo(new Person("qianxiao", "钱晓", "SW"));
        assertThat(p.signer()).isEqualTo(CHIEF);
        assertThat(p.particulars().receiptNumber()).isEqualTo("收〔2026〕12号");
        assertThat(p.particulars().readings()).hasSize(1);
        assertThat(p.trail()).extracting(TrailEntry::action).containsExactly("REGISTERED", "CONCLUDED");
    }

    @Test
    void aMatterFromAClassifiedDocumentIsAsClassifiedAndTitledByWhatIsToBeDone() {
        RegistryAccession.Prepared p = accepted(RegistryAccession.matter(matter(CONCLUDED, "机密"),
                RegistrySchedule.defaults()));

        assertThat(p.content().classification()).isEqualTo("机密");
        assertThat(p.content().title()).isEqualTo("交办事项：核对救助资金发放情况并报告");
        assertThat(p.content().body()).contains("来源：领导批示", "进展：已核对一半。（张伟）", "办理结果：已核对并报告。（张伟）");
        assertThat(p.signer()).isEqualTo(CHIEF);
        assertThat(p.particulars().reports()).hasSize(1);
        assertThat(RegistryAccession.title("很".repeat(80))).hasSize(5 + 60 + 1);
    }

    @Test
    void aRecordWithoutResultTitleOrConclusionIsRefusedAndOneWithoutRegistrationIsNotArchivable() {
        RegistryIncomingConcluded e = incoming(CONCLUDED, null);
        RegistryIncomingConcluded noResult = new RegistryIncomingConcluded(e.documentId(), 1, " ", null, "zhangwei",
                CONCLUDED, e.receiptNumber(), e.registration(), null, "SHJZ", List.of(), null, "批", CHIEF, HANDLER,
                List.of(), e.trail());
        assertThat(RegistryAccession.incoming(noResult, RegistrySchedule.defaults(), Optional.empty()))
                .isInstanceOfSatisfying(RegistryAccession.Refused.class,
                        r -> assertThat(r.refusal().code()).isEqualTo("registry-record-incomplete"));
        RegistryIncomingConcluded legacy = new RegistryIncomingConcluded(e.documentId(), 1, "已办。", null, "zhangwei",
                CONCLUDED);
        assertThat(RegistryAccession.archivable(legacy)).isFalse();
        assertThat(RegistryAccession.archivable(e)).isTrue();
    }
}
