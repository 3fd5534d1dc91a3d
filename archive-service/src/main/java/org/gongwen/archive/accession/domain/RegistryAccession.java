package org.gongwen.archive.accession.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.RegistryParticulars;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingConcluded.IncomingRegistration;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * 归档 of a concluded 收文 or 交办事项 (issue 17): in which class it goes and what the record holds.
 * <ul>
 *   <li>Class: 年度 = the year of 办结 in the office's zone — a matter handled across a year end is filed in the year
 *   it was concluded, as one 件 (DA/T 22 arranges by the year a file is complete; reference.md §3.2 names only
 *   "形成年度", so the cross-year reading is practice, unconfirmed); 保管期限 from {@link RegistrySchedule}, and a
 *   收文 answered by a reply we issued keeps at least the reply's period (the 来函 and our 复函 are kept together,
 *   8号令 §3.1; the reply first in one 件, DA/T 22); 机构(问题) = the kind's own code.</li>
 *   <li>Content: the registration as the document's fields (来文单位 the issuing organ, 来文字号 the 文号, 密级,
 *   紧急程度) and the 处理单 (or 交办单) as its text — the sheet 8号令 第十条 files with the document.</li>
 *   <li>Refused (left to the dead-letter topic): no 办结 time, no title, no 承办 unit or no result. A concluded 收文
 *   without its registration came from a producer before archiving: {@link #archivable} says so.</li>
 * </ul>
 */
public final class RegistryAccession {

    /** The office's zone: 年度 and dates are local there (architecture "Conventions"). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Everything of the record but what the archive adds itself (件号, hash, archiving time). */
    public record Prepared(ArchivalClass archivalClass, RecordKind kind, @Nullable String documentNumber,
                           DocumentContent content, Person drafter, @Nullable Person signer, LocalDate documentDate,
                           List<TrailEntry> trail, RegistryParticulars particulars) {
    }

    public sealed interface Decision permits Accepted, Refused {
    }

    public record Accepted(Prepared record) implements Decision {
    }

    public record Refused(Refusal refusal) implements Decision {
    }

    private RegistryAccession() {
    }

    /** Whether the event carries the archive's data at all (a v1 producer before issue 17's archiving did not). */
    public static boolean archivable(RegistryIncomingConcluded e) {
        return e.registration() != null;
    }

    /** {@code replyRetention}: the period of the archived reply named by the 收文, if it is in the archive. */
    public static Decision incoming(RegistryIncomingConcluded e, RegistrySchedule schedule,
                                    Optional<Retention> replyRetention) {
        IncomingRegistration r = e.registration();
        Refusal refusal = missing(e.documentId(), e.concludedAt(), r == null ? null : r.title(), e.leadUnit(),
                e.result());
        if (refusal == null && blank(e.receiptNumber())) {
            refusal = refusal(e.documentId(), "收文编号", "receipt number");
        }
        if (refusal != null || r == null) {
            return new Refused(refusal != null ? refusal : refusal(e.documentId(), "登记信息", "registration"));
        }
        Retention retention = replyRetention.filter(reply -> longer(reply, schedule.incomingRetention()))
                .orElse(schedule.incomingRetention());
        ArchivalClass c = new ArchivalClass(yearOf(e.concludedAt()), retention, schedule.incomingCode());
        Person registrar = Optional.ofNullable(firstActor(e.trail(), TrailAction.REGISTERED)).orElse(e.handler());
        DocumentContent content = new DocumentContent(null, r.title().strip(), List.of(), List.of(),
                HandlingSheet.incoming(e), r.urgency(), r.classification(), null, null, List.of(), null, null,
                r.senderOrgan(), List.of());
        RegistryParticulars particulars = new RegistryParticulars(e.receiptNumber(), r.senderOrgan(),
                r.senderNumber(), r.copies(), r.receivedOn(), r.writtenOn(), e.proposal(), e.leadUnit(),
                e.assistingUnits(), e.deadline(), e.instruction(), e.assignedBy(), null, null, null, null, e.result(),
                e.replyDocumentId(), e.handler(), e.concludedAt(), e.circulations(), List.of());
        return new Accepted(new Prepared(c, RecordKind.INCOMING, blankToNull(r.senderNumber()), content,
                inClass(registrar, c), e.assignedBy(), r.receivedOn(), e.trail(), particulars));
    }

    public static Decision matter(RegistryMatterConcluded e, RegistrySchedule schedule) {
        Refusal refusal = missing(e.documentId(), e.concludedAt(), e.matter(), e.unit(), e.result());
        if (refusal != null) {
            return new Refused(refusal);
        }
        ArchivalClass c = new ArchivalClass(yearOf(e.concludedAt()), schedule.matterRetention(),
                schedule.matterCode());
        DocumentContent content = new DocumentContent(null, title(e.matter()), List.of(), List.of(),
                HandlingSheet.matter(e), null, e.classification(), null, null, List.of(), null, null, null,
                List.of());
        RegistryParticulars particulars = new RegistryParticulars(null, null, null, null, null, null, null, e.unit(),
                List.of(), e.deadline(), null, e.assignedBy(), e.assignedAt(), e.source(), e.sourceDocumentId(),
                e.matter(), e.result(), null, e.concludedBy(), e.concludedAt(), List.of(), e.reports());
        LocalDate assigned = e.assignedAt() == null ? LocalDate.ofInstant(e.concludedAt(), ZONE)
                : LocalDate.ofInstant(e.assignedAt(), ZONE);
        return new Accepted(new Prepared(c, RecordKind.ASSIGNED_MATTER, null, content,
                inClass(e.concludedBy(), c), e.assignedBy(), assigned, e.trail(), particulars));
    }

    /** 题名 of a 交办事项: "交办事项：" and what is to be done, cut at 60 characters (the 交办单 keeps it whole). */
    static String title(String matter) {
        String m = matter.strip();
        return "交办事项：" + (m.codePointCount(0, m.length()) > 60 ? m.substring(0, m.offsetByCodePoints(0, 60)) + "…" : m);
    }

    static int yearOf(Instant concludedAt) {
        return LocalDate.ofInstant(concludedAt, ZONE).getYear();
    }

    /** Whether {@code a} is kept longer than {@code b}: 永久 &gt; 定期30年 &gt; 定期10年. */
    static boolean longer(Retention a, Retention b) {
        return a.ordinal() < b.ordinal();
    }

    /**
     * The record's drafter as the archive stores it: a record keeps its class's code as the drafter's unit (the
     * stored row has one unit column), so the person's own unit stays in the trail and the particulars.
     */
    private static Person inClass(@Nullable Person person, ArchivalClass c) {
        return person == null ? new Person(null, null, c.unit()) : new Person(person.username(), person.name(), c.unit());
    }

    private static @Nullable Person firstActor(List<TrailEntry> trail, TrailAction action) {
        return trail.stream().filter(t -> action.name().equals(t.action())).map(TrailEntry::actor).findFirst()
                .orElse(null);
    }

    private static @Nullable Refusal missing(String id, @Nullable Instant concludedAt, @Nullable String title,
                                             @Nullable String unit, @Nullable String result) {
        if (concludedAt == null) {
            return refusal(id, "办结时间", "conclusion time");
        }
        if (blank(title)) {
            return refusal(id, "题名", "title");
        }
        if (blank(unit)) {
            return refusal(id, "承办单位", "handling unit");
        }
        return blank(result) ? refusal(id, "办理结果", "result") : null;
    }

    private static Refusal refusal(String id, String zh, String en) {
        return Refusal.of(Refusal.Kind.RULE_VIOLATION, "registry-record-incomplete",
                "缺少" + zh + "，无法归档：" + id, "No " + en + ", so not archived: " + id);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
