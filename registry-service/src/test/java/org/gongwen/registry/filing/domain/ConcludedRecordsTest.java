package org.gongwen.registry.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.gongwen.events.Classification;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.TrailEntry;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.ReceiptNumber;
import org.gongwen.registry.intake.domain.Registration;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.junit.jupiter.api.Test;

/** What the archive receives on 办结: the whole record, its acts coded and in time order. */
class ConcludedRecordsTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Function<String, Person> PEOPLE = u -> switch (u) {
        case "qianxiao" -> new Person(u, "钱晓", "BGS");
        case "wangqiang" -> new Person(u, "王强", "JLD");
        case "zhangwei" -> new Person(u, "张伟", "SHJZ");
        default -> new Person(u, u, null);
    };

    static IncomingDocument concluded() {
        UUID id = UUID.randomUUID();
        Registration form = new Registration("江城市财政局", null, "关于核对资金的函", "秘密", " ", 1,
                LocalDate.of(2026, 3, 2), null);
        return new IncomingDocument(id, new ReceiptNumber(2026, 7), form, IncomingDocument.Status.CONCLUDED, "拟办",
                new Assignment("SHJZ", List.of(), null, "请办理。"), "已复函。", null, List.of(
                new IncomingDocument.TrailEntry("登记", "qianxiao", "BGS", T0, "收〔2026〕7号"),
                new IncomingDocument.TrailEntry("初审通过", "qianxiao", "BGS", T0.plusSeconds(60), null),
                new IncomingDocument.TrailEntry("拟办", "qianxiao", "BGS", T0.plusSeconds(600), "拟办"),
                new IncomingDocument.TrailEntry("批办", "wangqiang", "JLD", T0.plusSeconds(900), "请办理。"),
                new IncomingDocument.TrailEntry("催办", "qianxiao", "BGS", T0.plusSeconds(950), null),
                new IncomingDocument.TrailEntry("办结", "zhangwei", "SHJZ", T0.plusSeconds(1000), "已复函。")));
    }

    @Test
    void everyActOfTheIncomingDocumentAndOfItsCirculationIsCodedAndInTimeOrder() {
        IncomingDocument d = concluded();
        Circulation round = new Circulation(UUID.randomUUID(), d.id(), "关于核对资金的函", Classification.秘密,
                Circulation.Order.PARALLEL, List.of(new Circulation.Reading("wangqiang", T0.plusSeconds(120),
                T0.plusSeconds(300), "阅，请社会救助科办理。")), "qianxiao", T0.plusSeconds(120));

        RegistryIncomingConcluded event = ConcludedRecords.incoming(d, List.of(round), PEOPLE);

        assertThat(event.trail()).extracting(TrailEntry::action).containsExactly("REGISTERED", "CHECKED",
                "CIRCULATED", "READ", "PROPOSED", "ASSIGNED", "URGED", "CONCLUDED");
        assertThat(event.trail().get(2).opinion()).isEqualTo("传阅（同时）：王强");
        assertThat(event.trail().get(3).opinion()).isEqualTo("阅，请社会救助科办理。");
        assertThat(event.receiptNumber()).isEqualTo("收〔2026〕7号");
        assertThat(event.registration().urgency()).isNull();
        assertThat(event.registration().classification()).isEqualTo("秘密");
        assertThat(event.assignedBy()).isEqualTo(new Person("wangqiang", "王强", "JLD"));
        assertThat(event.handler()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
        assertThat(event.concludedAt()).isEqualTo(T0.plusSeconds(1000));
        assertThat(event.circulations()).singleElement()
                .satisfies(r -> assertThat(r.instruction()).isEqualTo("阅，请社会救助科办理。"));
    }

    @Test
    void anActTheArchiveDoesNotKnowKeepsItsNameRatherThanBeingDropped() {
        assertThat(ArchiveTrail.codeOf("答复")).isEqualTo("答复");
        assertThat(ArchiveTrail.codeOf("办结")).isEqualTo("CONCLUDED");
    }

    @Test
    void onlyAConcludedDocumentGoesToTheArchive() {
        IncomingDocument d = concluded();
        IncomingDocument open = new IncomingDocument(d.id(), d.receiptNumber(), d.registration(),
                IncomingDocument.Status.ASSIGNED, d.proposal(), d.assignment(), null, null, d.trail());
        assertThatThrownBy(() -> ConcludedRecords.incoming(open, List.of(), PEOPLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMatterCarriesItsAssignmentReportsAndConclusionAsItsTrail() {
        AssignedMatter m = new AssignedMatter(UUID.randomUUID(), AssignedMatter.Source.MEETING, null, Classification.秘密,
                "走访困难群众",
                "SHJZ", LocalDate.of(2026, 3, 10), "wangqiang", T0, List.of(
                new AssignedMatter.Report("zhangwei", "已走访一半。", T0.plusSeconds(60))), "已全部走访。",
                T0.plusSeconds(120));

        RegistryMatterConcluded event = ConcludedRecords.matter(m, "zhangwei", PEOPLE);

        assertThat(event.trail()).extracting(TrailEntry::action)
                .containsExactly("MATTER_ASSIGNED", "PROGRESS_REPORTED", "CONCLUDED");
        assertThat(event.trail().get(0).opinion()).isEqualTo("走访困难群众（会议决定）；承办：SHJZ；时限：2026-03-10");
        assertThat(event.classification()).isEqualTo("秘密");
        assertThat(event.reports()).singleElement().satisfies(r -> assertThat(r.reporter().name()).isEqualTo("张伟"));
        assertThat(event.concludedBy()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
    }
}
