package org.gongwen.archive.domain;

import java.time.format.DateTimeFormatter;

import org.gongwen.events.AttachmentRef;
import org.gongwen.events.TrailEntry;

/**
 * A readable plain-text rendering of a record for the archival package (可用性: readable without the system):
 * the 归档章 (DA/T 22-2015 layout, reference.md §3.2: 全宗号 年度 件号 / 机构 保管期限 页数), then the document in
 * GB/T 9704 order (文号, 标题, 主送, 正文, 附件说明, 发文机关, 成文日期, 抄送), then the trail.
 */
public final class RecordRendering {

    private RecordRendering() {
    }

    public static String text(ArchiveRecord r, RecordMetadata metadata) {
        StringBuilder t = new StringBuilder();
        ArchiveNo no = r.archiveNo();
        t.append("【归档章】\n");
        t.append("全宗号 ").append(no.fonds()).append(" | 年度 ").append(r.year()).append(" | 件号 ")
                .append(String.format("%04d", no.itemNo())).append('\n');
        t.append("机构 ").append(r.unit()).append(" | 保管期限 ").append(metadata.retention().label()).append(" | 页数 ")
                .append(metadata.pageCount() == null ? "" : metadata.pageCount()).append('\n');
        t.append("档号 ").append(no.format()).append("\n\n");
        line(t, "密级", r.content().classification());
        line(t, "紧急程度", r.content().urgency());
        line(t, null, r.documentNumber());
        t.append('\n').append(nz(r.content().title())).append("\n\n");
        if (!r.content().mainRecipients().isEmpty()) {
            t.append(String.join("、", r.content().mainRecipients())).append("：\n");
        }
        t.append(nz(r.content().body())).append('\n');
        int n = 0;
        for (AttachmentRef a : r.content().attachments()) {
            t.append(n == 0 ? "\n附件：" : "\n      ").append(++n).append(". ").append(a.name());
        }
        t.append(n == 0 ? "" : "\n").append('\n');
        line(t, null, ArchivalMetadataXml.responsible(r));
        line(t, null, r.documentDate() == null ? null
                : r.documentDate().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        if (!r.content().copyRecipients().isEmpty()) {
            t.append("\n抄送：").append(String.join("、", r.content().copyRecipients())).append('\n');
        }
        t.append("\n【办理过程】\n");
        for (TrailEntry e : r.trail()) {
            t.append(e.at() == null ? "" : e.at().toString()).append(' ')
                    .append(ArchivalMetadataXml.act(e.action())).append(' ')
                    .append(e.actor() == null ? "" : nz(e.actor().name()))
                    .append(e.onBehalfOfName() == null ? "" : "（代" + e.onBehalfOfName() + "）")
                    .append(e.opinion() == null || e.opinion().isBlank() ? "" : "：" + e.opinion()).append('\n');
        }
        return t.toString();
    }

    private static void line(StringBuilder t, String label, String value) {
        if (value != null && !value.isBlank()) {
            t.append(label == null ? "" : label + " ").append(value).append('\n');
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
