package org.gongwen.archive.accession.domain;

import java.util.StringJoiner;

import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingConcluded.CirculationReading;
import org.gongwen.events.RegistryIncomingConcluded.IncomingRegistration;
import org.gongwen.events.RegistryMatterConcluded;
import org.jspecify.annotations.Nullable;

/**
 * The 收文处理单 and the 交办单 as text: 8号令 第十条 files the 文件处理单 with the document, and it is what the archive
 * holds of a 收文 (the registry keeps no scan of the document itself). It is the record's 正文, so the archive's one
 * search finds a 收文 by its 收文编号, 来文单位, 来文字号, 批示 or result without a second index.
 */
final class HandlingSheet {

    private HandlingSheet() {
    }

    static String incoming(RegistryIncomingConcluded e) {
        IncomingRegistration r = e.registration();
        StringJoiner t = new StringJoiner("\n");
        t.add("收文处理单");
        line(t, "收文编号", e.receiptNumber());
        line(t, "来文单位", r.senderOrgan());
        line(t, "来文字号", r.senderNumber());
        line(t, "标题", r.title());
        line(t, "密级", r.classification());
        line(t, "紧急程度", r.urgency());
        line(t, "份数", Integer.toString(r.copies()));
        line(t, "收文日期", r.receivedOn() == null ? null : r.receivedOn().toString());
        line(t, "成文日期", r.writtenOn() == null ? null : r.writtenOn().toString());
        line(t, "拟办意见", e.proposal());
        line(t, "批办意见", e.instruction() == null ? null : e.instruction() + by(e.assignedBy()));
        line(t, "主办单位", e.leadUnit());
        line(t, "协办单位", e.assistingUnits().isEmpty() ? null : String.join("、", e.assistingUnits()));
        line(t, "办理时限", e.deadline() == null ? null : e.deadline().toString());
        for (CirculationReading reading : e.circulations()) {
            if (reading.readAt() != null) {
                line(t, "传阅", name(reading.reader()) + " 阅" + (reading.instruction() == null ? ""
                        : "，批示：" + reading.instruction()));
            }
        }
        line(t, "办理结果", e.result() + by(e.handler()));
        line(t, "复文", e.replyDocumentId());
        return t.toString();
    }

    static String matter(RegistryMatterConcluded e) {
        StringJoiner t = new StringJoiner("\n");
        t.add("交办单");
        line(t, "交办事项", e.matter());
        line(t, "来源", switch (e.source() == null ? "" : e.source()) {
            case "INSTRUCTION" -> "领导批示";
            case "MEETING" -> "会议决定";
            case "AD_HOC" -> "临时交办";
            default -> e.source();
        });
        line(t, "交办领导", name(e.assignedBy()));
        line(t, "承办单位", e.unit());
        line(t, "办理时限", e.deadline() == null ? null : e.deadline().toString());
        for (RegistryMatterConcluded.ProgressReport report : e.reports()) {
            line(t, "进展", report.progress() + by(report.reporter()));
        }
        line(t, "办理结果", e.result() + by(e.concludedBy()));
        return t.toString();
    }

    private static String by(@Nullable Person p) {
        return p == null ? "" : "（" + name(p) + "）";
    }

    private static String name(@Nullable Person p) {
        return p == null ? "" : p.name() == null ? p.username() : p.name();
    }

    private static void line(StringJoiner t, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            t.add(label + "：" + value.strip());
        }
    }
}
