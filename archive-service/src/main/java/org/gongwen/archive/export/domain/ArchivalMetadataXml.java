package org.gongwen.archive.export.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.RegistryParticulars;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;

/**
 * The record's metadata as XML in the style of a DA/T 48-2009 electronic record package (reference.md §3.3):
 * 封装内容 holding a 文件实体块 (来源, 档号, 内容描述, 形式特征, 电子属性), one 业务实体 per act of the trail (起草 … 签发,
 * as GB/T 18894 asks for 发文, §3.4), a 机构人员实体 per person and, when the record has any, its 实体关系 (更正, 答复). Element names are those reference.md cites; the
 * standard's exact schema and its M-numbers are unconfirmed (§3.3), so this is "DA/T 48-style", not a validated EEP.
 */
public final class ArchivalMetadataXml {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private ArchivalMetadataXml() {
    }

    /**
     * One 实体关系 (DA/T 46-2009's relation entity, reference.md §3.3): this 文件实体 ({@code 实体标识符}) stands in
     * {@code relation} to another ({@code 相关实体标识符}), of {@code type}, with a description. The element names follow
     * the standard's table of contents like the rest of this file; its M-numbers are unconfirmed (§3.3).
     */
    public record EntityRelation(String type, String relation, String relatedId, String description) {
    }

    /**
     * The record's relations to other records: 更正自 (this record is a 更正 signed to replace another) and 被更正为
     * (it was replaced by one, issue 18), and for a 收文 answered by a document of ours, 答复为 (issue 17: its
     * particulars name the 答复's document id). Each record names its own side, so either package shows the chain.
     */
    public static List<EntityRelation> relationsOf(ArchiveRecord r, List<RevisionLink> links) {
        List<EntityRelation> relations = new java.util.ArrayList<>();
        for (RevisionLink l : links) {
            if (l.recordId().equals(r.documentId())) {
                relations.add(new EntityRelation("更正", "更正自", l.corrects(), "更正第" + l.correctsRevision()
                        + "轮（档号 " + l.correctsArchiveNo() + "）：" + l.reason()));
            }
            if (l.corrects().equals(r.documentId())) {
                relations.add(new EntityRelation("更正", "被更正为", l.recordId(), "被第" + l.revision()
                        + "轮更正（档号 " + l.archiveNo() + "）：" + l.reason()));
            }
        }
        RegistryParticulars p = r.particulars();
        if (p != null && p.replyDocumentId() != null && !p.replyDocumentId().isBlank()) {
            relations.add(new EntityRelation("答复", "答复为", p.replyDocumentId(), "本件以该发文答复"));
        }
        return relations;
    }

    public static String of(ArchiveRecord r, RecordMetadata metadata, String fondsName) {
        return of(r, metadata, fondsName, List.of());
    }

    public static String of(ArchiveRecord r, RecordMetadata metadata, String fondsName,
                            List<EntityRelation> relations) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<电子文件封装包 版本=\"DA/T 48-2009 style\">\n <封装内容>\n  <文件实体块>\n   <文件实体>\n");
        x.append("    <聚合层次>件</聚合层次>\n");
        x.append("    <来源>\n");
        el(x, 6, "全宗名称", fondsName);
        el(x, 6, "立档单位名称", fondsName);
        x.append("    </来源>\n");
        el(x, 4, "电子文件号", r.documentId());
        ArchiveNo no = r.archiveNo();
        x.append("    <档号>\n");
        el(x, 6, "档号", no.format());
        el(x, 6, "全宗号", no.fonds());
        el(x, 6, "年度", Integer.toString(r.year()));
        el(x, 6, "保管期限", metadata.retention().code());
        el(x, 6, "机构或问题", r.unit());
        el(x, 6, "件号", String.format("%04d", no.itemNo()));
        x.append("    </档号>\n    <内容描述>\n");
        el(x, 6, "题名", r.content().title());
        el(x, 6, "文件编号", r.documentNumber());
        el(x, 6, "责任者", r.responsible());
        el(x, 6, "日期", r.documentDate() == null ? null : r.documentDate().format(YYYYMMDD));
        el(x, 6, "文种", r.content().docType());
        el(x, 6, "紧急程度", r.content().urgency());
        el(x, 6, "主送", String.join("、", r.content().mainRecipients()));
        el(x, 6, "抄送", String.join("、", r.content().copyRecipients()));
        el(x, 6, "密级", r.content().classification());
        el(x, 6, "保密期限", r.content().classificationPeriodYears() == null ? null
                : r.content().classificationPeriodYears() + "年");
        x.append("    </内容描述>\n    <形式特征>\n");
        el(x, 6, "文件组合类型", r.content().attachments().isEmpty() ? "单件" : "正文和附件");
        el(x, 6, "件数", Integer.toString(1 + (int) r.content().attachments().stream()
                .filter(AttachmentRef::hasFile).count()));
        el(x, 6, "页数", metadata.pageCount() == null ? null : metadata.pageCount().toString());
        el(x, 6, "语种", "汉语");
        x.append("    </形式特征>\n    <电子属性>\n");
        file(x, "content.json", "application/json", null);
        file(x, "content.txt", "text/plain; charset=UTF-8", null);
        List<AttachmentRef> attachments = r.content().attachments();
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentRef a = attachments.get(i);
            if (a.hasFile()) {
                file(x, attachmentPath(i + 1, a.name()), a.contentType(), a.size());
            }
        }
        x.append("    </电子属性>\n");
        el(x, 4, "附注", metadata.note());
        x.append("   </文件实体>\n  </文件实体块>\n  <业务实体块>\n");
        List<TrailEntry> trail = r.trail();
        for (int i = 0; i < trail.size(); i++) {
            TrailEntry t = trail.get(i);
            x.append("   <业务实体>\n");
            el(x, 5, "业务标识符", r.documentId() + "#" + (i + 1));
            el(x, 5, "机构人员标识符", t.actor() == null ? null : t.actor().username());
            el(x, 5, "文件标识符", r.documentId());
            el(x, 5, "业务状态", "已完成");
            el(x, 5, "业务行为", act(t.action()));
            el(x, 5, "行为时间", t.at() == null ? null : t.at().toString());
            el(x, 5, "行为依据", t.role() == null ? null : t.role() + (t.level() == null ? "" : " 第" + t.level() + "级"));
            el(x, 5, "行为描述", description(t));
            x.append("   </业务实体>\n");
        }
        x.append("  </业务实体块>\n  <机构人员实体块>\n");
        trail.stream().map(TrailEntry::actor).filter(p -> p != null && p.username() != null).distinct().forEach(p -> {
            x.append("   <机构人员实体>\n");
            el(x, 5, "机构人员标识符", p.username());
            el(x, 5, "机构人员类型", "个人");
            el(x, 5, "机构人员名称", p.name());
            el(x, 5, "组织机构代码", p.unit());
            x.append("   </机构人员实体>\n");
        });
        x.append("  </机构人员实体块>\n");
        if (!relations.isEmpty()) {
            x.append("  <实体关系块>\n");
            for (EntityRelation relation : relations) {
                x.append("   <实体关系>\n");
                el(x, 5, "实体标识符", r.documentId());
                el(x, 5, "关系类型", relation.type());
                el(x, 5, "关系", relation.relation());
                el(x, 5, "相关实体标识符", relation.relatedId());
                el(x, 5, "关系描述", relation.description());
                x.append("   </实体关系>\n");
            }
            x.append("  </实体关系块>\n");
        }
        x.append(" </封装内容>\n</电子文件封装包>\n");
        return x.toString();
    }

    /**
     * Where an attachment lies in the package: numbered by its place in the 附件说明 (so two of the same name cannot
     * collide), path separators in the name made harmless.
     */
    public static String attachmentPath(int position, String name) {
        return "attachments/" + position + "-" + name.replaceAll("[/\\\\]", "_");
    }

    /**
     * A trail action code as its 业务行为 name; a code this version does not know (a newer producer) is kept
     * visibly as such rather than dropped: 其他（CODE）.
     */
    static String act(String action) {
        if (action == null) {
            return null;
        }
        return TrailAction.of(action).map(ArchivalMetadataXml::label).orElse("其他（" + action + "）");
    }

    /**
     * The 业务行为 of each act the trail can hold (reference.md §1.6, §1.7, §3.3, §3.4). Exhaustive on purpose: a new
     * {@link TrailAction} does not compile here until it has a name. Why each name:
     * <ul>
     * <li>SUBMITTED 起草 — the drafter's act; GB/T 18894 lists 起草 first among the 发文 业务行为 (§3.4), 条例 第十九条.
     * Each resubmission after 退回 is again the drafter's 起草 of a new revision.</li>
     * <li>APPROVED 审核 — 条例 第二十条; GB/T 18894 发文 list.</li>
     * <li>SIGNED 签发 — 条例 第二十二条; GB/T 18894 发文 list.</li>
     * <li>RETURNED 退回 — 条例 第二十一条: not fit as it stands, 退回 to the drafting unit with reasons, which revises
     * and resubmits (修改后重新报送).</li>
     * <li>REJECTED 退回（不宜发文） — the other case of 第二十一条: "经审核不宜发文的公文草案，应当退回起草单位并说明理由";
     * the act is still a 退回, the bracket says it ends the document.</li>
     * <li>SENT_BACK 退回重审 — 退回 not to the drafter but to an earlier level that approved, which 审核s again
     * (the level is in 行为依据). Same word as the web page.</li>
     * <li>RECALLED 撤回 — the approver takes back their own 审核 (§1.9 side state 已撤回).</li>
     * <li>DELEGATED 委派 — the owner authorises another to act for them; the acts done under it carry "X代Y" in
     * 行为描述, the 代签 convention of §1.6 (so 代签 names those acts, not this one).</li>
     * <li>TRANSFERRED 转办 — the step passes to another who acts in their own name (承办 passed on, §1.7).</li>
     * <li>URGED 催办 — 条例 第二十四条 催办 (§1.7), also in GB/T 18894's 收文 list: someone presses the holder.</li>
     * <li>ESCALATED 超期督办 — not a 催办 (nobody urged): the deadline passed and the step was put before the next
     * level's reviewer (the actor) to oversee; 督办 is that superior's follow-up, 超期 says why it began.</li>
     * <li>COUNTERSIGN_REQUESTED 发起会签 — 条例 第十九条(六): the drafting side must seek the views of the units whose
     * remit is touched; the act of asking (same words as the web page).</li>
     * <li>COUNTERSIGNED 会签 — 条例 第二十二条 / §1.6: the consulted unit's head signs their agreement.</li>
     * <li>REVIEWER_ADDED 加签 and REVIEWER_REMOVED 减签 — the reviewer of a step adds a reviewer after their own 审核
     * or takes back one added so who has not acted (review issue 18); the words office workflow uses, and the web
     * page's. The person added or removed is named in the entry's opinion (行为描述).</li>
     * <li>收文 and 交办 (issue 17; GB/T 18894's 收文 list 签收, 登记, 初审, 承办, 传阅, 催办, 答复, §3.4, and 条例 第二十四条):
     * REGISTERED 登记, CHECKED 初审 (passed), RETURNED_TO_SENDER 退文 (初审 failed, back to the sender), PROPOSED 拟办
     * and ASSIGNED 批办 (§4 "拟办意见 → 领导批示 → 分办"), TRANSFER_REQUESTED 申请转办 and DEADLINE_EXTENDED 延期 (the
     * 承办 unit's and the leader's acts on the deadline), CIRCULATED 传阅 and READ 阅批 (a reading, with its 批示 as
     * 行为描述), MATTER_ASSIGNED 交办 and PROGRESS_REPORTED 进展报告 (督办 of a leader's assignment), CONCLUDED 办结 —
     * the registry's and the web page's words.</li>
     * </ul>
     */
    public static String label(TrailAction action) {
        return switch (action) {
            case SUBMITTED -> "起草";
            case APPROVED -> "审核";
            case SIGNED -> "签发";
            case RETURNED -> "退回";
            case REJECTED -> "退回（不宜发文）";
            case SENT_BACK -> "退回重审";
            case RECALLED -> "撤回";
            case DELEGATED -> "委派";
            case TRANSFERRED -> "转办";
            case URGED -> "催办";
            case ESCALATED -> "超期督办";
            case COUNTERSIGN_REQUESTED -> "发起会签";
            case COUNTERSIGNED -> "会签";
            case REVIEWER_ADDED -> "加签";
            case REVIEWER_REMOVED -> "减签";
            case REGISTERED -> "登记";
            case CHECKED -> "初审";
            case RETURNED_TO_SENDER -> "退文";
            case PROPOSED -> "拟办";
            case ASSIGNED -> "批办";
            case TRANSFER_REQUESTED -> "申请转办";
            case DEADLINE_EXTENDED -> "延期";
            case CIRCULATED -> "传阅";
            case READ -> "阅批";
            case MATTER_ASSIGNED -> "交办";
            case PROGRESS_REPORTED -> "进展报告";
            case CONCLUDED -> "办结";
        };
    }

    private static String description(TrailEntry t) {
        StringBuilder d = new StringBuilder();
        if (t.actor() != null && t.actor().name() != null) {
            d.append(t.actor().name());
        }
        if (t.onBehalfOfName() != null) {
            d.append("代").append(t.onBehalfOfName());
        }
        d.append(act(t.action()) == null ? "" : act(t.action()));
        if (t.opinion() != null && !t.opinion().isBlank()) {
            d.append("：").append(t.opinion());
        }
        if (t.contentHash() != null) {
            d.append("（内容哈希 ").append(t.contentHash()).append("）");
        }
        return d.toString();
    }

    private static void file(StringBuilder x, String name, String format, Long size) {
        x.append("     <文件>\n");
        el(x, 7, "格式信息", format);
        el(x, 7, "计算机文件名", name);
        el(x, 7, "计算机文件大小", size == null ? null : size.toString());
        el(x, 7, "文档创建程序", "gongwen archive-service");
        x.append("     </文件>\n");
    }

    private static void el(StringBuilder x, int indent, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(value)).append("</")
                .append(name).append(">\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped: drop them rather than emit a broken file
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
