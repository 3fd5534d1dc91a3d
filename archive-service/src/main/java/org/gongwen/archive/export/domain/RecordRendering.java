package org.gongwen.archive.export.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.TrailEntry;

/**
 * A readable plain-text rendering of a record for the archival package (可用性: readable without the system):
 * the 归档章 (DA/T 22-2015 layout, reference.md §3.2: 全宗号 年度 件号 / 机构 保管期限 页数), then the document in
 * GB/T 9704 order (文号 and, for 上行文, 签发人; 标题, 主送, 正文, 附件说明, 发文机关署名, 成文日期, 附注, 抄送), then
 * the trail. The archivist's own 附注 (DA/T 46 附注, as corrected) stands in the 归档章 block, apart from the
 * document's.
 */
public final class RecordRendering {

    private RecordRendering() {
    }

    /**
     * @param fondsName the 立档单位 (全宗名称): the organisation of the drafter, hence the issuing organ of a document
     *                  whose content names none (DocumentContent#issuingOrgan null)
     */
    public static String text(ArchiveRecord r, RecordMetadata metadata, String fondsName) {
        StringBuilder t = new StringBuilder();
        ArchiveNo no = r.archiveNo();
        t.append("【归档章】\n");
        t.append("全宗号 ").append(no.fonds()).append(" | 年度 ").append(r.year()).append(" | 件号 ")
                .append(String.format("%04d", no.itemNo())).append('\n');
        t.append("机构 ").append(r.unit()).append(" | 保管期限 ").append(metadata.retention().label()).append(" | 页数 ")
                .append(metadata.pageCount() == null ? "" : metadata.pageCount()).append('\n');
        t.append("档号 ").append(no.format()).append('\n');
        line(t, "档案附注", metadata.note());
        t.append('\n');
        line(t, "密级", r.content().classification());
        line(t, "紧急程度", r.content().urgency());
        line(t, null, r.documentNumber());
        if ("上行".equals(r.content().direction()) && r.signer() != null) {
            // GB/T 9704 7.2.4: a 上行文 names its 签发人 beside the 文号; its own line here, never the 署名
            line(t, "签发人", r.signer().name());
        }
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
        signature(r, fondsName).forEach(organ -> line(t, null, organ));
        line(t, null, r.documentDate() == null ? null
                : r.documentDate().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        // GB/T 9704 7.3.6: 附注 on the line after the 成文日期, indented two characters, in brackets (the drafter
        // writes them, format rule GB-NOTE-1), printed as signed
        if (r.content().remarks() != null && !r.content().remarks().isBlank()) {
            t.append("\u3000\u3000").append(r.content().remarks().strip()).append('\n');
        }
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

    /**
     * The 发文机关署名 (GB/T 9704 7.3.5, 条例 第九条(十一)): the issuing organ, not a person; a joint document
     * (联合行文) names the lead organ first, then each co-issuer in order. With no organ in the content, the
     * organisation of the drafter, whose fonds this is.
     */
    static List<String> signature(ArchiveRecord r, String fondsName) {
        List<String> organs = new ArrayList<>();
        String lead = r.content().issuingOrgan();
        organs.add(lead == null || lead.isBlank() ? fondsName : lead.strip());
        r.content().coIssuers().stream().filter(o -> o != null && !o.isBlank()).map(String::strip)
                .forEach(organs::add);
        return organs;
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
