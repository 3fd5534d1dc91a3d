package org.gongwen.archive.accession.domain;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.archive.rendering.domain.RenditionCheck;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.RegistryParticulars;

/**
 * The 四性检测 of one record (DA/T 70-2018, reference.md §3.5), as a report per property and per check. The
 * facts are gathered by the application (hashes recomputed, proofs verified, the database asked); the judgement
 * is here, plain.
 */
public final class FourProperties {

    /** One check: a stable code, whether it passed, and what was found. */
    public record Check(String code, boolean passed, String detailZh, String detailEn) {
    }

    /** 真实性 / 完整性 / 可用性 / 安全性 with their checks; passed when all of them pass. */
    public record Property(String code, String nameZh, boolean passed, List<Check> checks) {
    }

    public record Report(boolean passed, List<Property> properties) {
    }

    /** How many 件 the record's class holds and its highest 件号: gap-free iff they are equal (DA/T 22, §3.2). */
    public record ItemSequence(long count, int highest) {
        boolean gapFree() {
            return count == highest;
        }
    }

    /** What was found about one record. Lists name what is wrong; empty lists mean nothing was. */
    public record Facts(boolean contentHashMatches, boolean leafMatchesRecord, boolean inclusionVerifies,
                        boolean checkpointSignatureVerifies, List<String> missingMetadata,
                        List<String> missingTrailActs, ItemSequence sequence, List<String> missingAttachments,
                        List<String> unreadable, List<String> formatsNotAllowed, long accessLogEntries,
                        boolean appendOnlyEnforced, boolean withinReaderClearance,
                        RenditionCheck.Verdict renditions, List<RevisionLinkCheck.Finding> revisionLinks) {
    }

    private FourProperties() {
    }

    public static Report evaluate(Facts f) {
        List<Property> properties = List.of(
                property("authenticity", "真实性",
                        check("content-hash", f.contentHashMatches(), "正文哈希与归档时一致", "content hash recomputed matches",
                                "正文哈希不符", "content hash differs"),
                        check("log-leaf", f.leafMatchesRecord(), "日志叶子与档案记录一致", "log leaf equals the stored record",
                                "日志叶子与档案记录不一致", "log leaf differs from the stored record"),
                        check("inclusion-proof", f.inclusionVerifies(), "包含证明验证通过", "inclusion proof verifies",
                                "包含证明未通过", "inclusion proof fails"),
                        check("checkpoint-signature", f.checkpointSignatureVerifies(), "检查点签名有效",
                                "checkpoint signature verifies", "检查点签名无效", "checkpoint signature invalid"),
                        listCheck("rendition-hash", f.renditions().hashFaults(),
                                "版式文件哈希与存储和日志一致（" + f.renditions().stateZh() + "）",
                                "rendition hashes match what was stored and logged (" + f.renditions().stateEn() + ")",
                                "版式文件哈希不符：", "rendition hashes fail: "),
                        check("revision-links", f.revisionLinks().isEmpty(), "更正关联与日志一致",
                                "revision links match the log",
                                "更正关联不符：" + String.join("，", RevisionLinkCheck.zh(f.revisionLinks())),
                                "revision links fail: " + String.join(", ", RevisionLinkCheck.en(f.revisionLinks())))),
                property("integrity", "完整性",
                        listCheck("required-metadata", f.missingMetadata(), "必备元数据齐全", "required metadata present",
                                "缺少元数据：", "missing metadata: "),
                        listCheck("trail", f.missingTrailActs(), "业务行为齐全（发文起草至签发，收文登记至办结，交办至办结）",
                                "trail complete (起草 to 签发; 收文 登记 to 办结; 交办 to 办结)",
                                "缺少业务行为：", "trail lacks: "),
                        check("item-numbers", f.sequence().gapFree(),
                                "件号连续（本类 " + f.sequence().count() + " 件）",
                                "item numbers gap-free (" + f.sequence().count() + " in the class)",
                                "件号不连续：最大件号 " + f.sequence().highest() + "，实有 " + f.sequence().count() + " 件",
                                "item numbers have gaps: highest " + f.sequence().highest() + ", " + f.sequence().count()
                                        + " present"),
                        listCheck("attachments", f.missingAttachments(), "附件均已归档", "every attachment is stored",
                                "附件未归档：", "attachments not stored: ")),
                property("usability", "可用性",
                        listCheck("readable", f.unreadable(), "内容与元数据可读", "content and metadata readable",
                                "无法读取：", "unreadable: "),
                        listCheck("formats", f.formatsNotAllowed(), "格式均为可归档格式", "formats allowed for archiving",
                                "格式不宜归档：", "formats not allowed: "),
                        listCheck("rendition-readable", f.renditions().readFaults(),
                                "版式文件可打开（" + f.renditions().stateZh() + "）",
                                "renditions open (" + f.renditions().stateEn() + ")",
                                "版式文件不可用：", "renditions unusable: ")),
                property("security", "安全性",
                        check("access-log", f.accessLogEntries() > 0, "访问日志有 " + f.accessLogEntries() + " 条记录",
                                f.accessLogEntries() + " access log entries", "没有访问日志", "no access log entries"),
                        check("append-only", f.appendOnlyEnforced(), "数据库拒绝修改和删除档案",
                                "the database refuses UPDATE/DELETE on the archive", "档案表可被修改或删除",
                                "archive tables can be updated or deleted"),
                        check("clearance", f.withinReaderClearance(), "密级控制有效", "clearance enforced",
                                "超出读者密级", "above the reader's clearance")));
        return new Report(properties.stream().allMatch(Property::passed), properties);
    }

    private static Property property(String code, String nameZh, Check... checks) {
        List<Check> list = List.of(checks);
        return new Property(code, nameZh, list.stream().allMatch(Check::passed), list);
    }

    private static Check check(String code, boolean passed, String okZh, String okEn, String failZh, String failEn) {
        return passed ? new Check(code, true, okZh, okEn) : new Check(code, false, failZh, failEn);
    }

    private static Check listCheck(String code, List<String> wrong, String okZh, String okEn, String failZh,
                                   String failEn) {
        String joined = String.join(", ", wrong);
        return check(code, wrong.isEmpty(), okZh, okEn, failZh + joined, failEn + joined);
    }

    /**
     * GB/T 18894-2016's minimum 文件实体 metadata (reference.md §3.4) that the record itself must carry: 题名, 文件编号,
     * 责任者, 日期, 机构或问题, 保管期限 (密级 is "as marked, blank if none"; the 电子属性 are the package's own).
     */
    public static List<String> missingMetadata(ArchiveRecord r) {
        List<String> missing = new ArrayList<>();
        if (blank(r.content().title())) {
            missing.add("题名");
        }
        // a 收文 or 交办事项 has no 文号 or 文种 of ours: its own particulars stand in for them (below)
        boolean issued = r.kind() == RecordKind.ISSUED_DOCUMENT;
        if (issued && blank(r.documentNumber())) {
            missing.add("文件编号");
        }
        if (blank(r.responsible())) {
            missing.add("责任者");
        }
        if (r.documentDate() == null) {
            missing.add("日期");
        }
        if (blank(r.unit())) {
            missing.add("机构或问题");
        }
        if (r.retention() == null) {
            missing.add("保管期限");
        }
        if (issued && blank(r.content().docType())) {
            missing.add("文种");
        }
        if (!issued) {
            missing.addAll(missingRegistryParticulars(r));
        }
        return missing;
    }

    /**
     * 发文 needs at least 起草 and 签发 among its 业务行为 (GB/T 18894, reference.md §3.4); a 收文 at least 登记 and
     * 办结 (GB/T 18894's 收文 list: 签收, 登记, 初审, 承办 …), a 交办事项 its 交办 and 办结.
     */
    public static List<String> missingTrailActs(ArchiveRecord r) {
        if (r.kind() == RecordKind.INCOMING) {
            return missingActs(r, "REGISTERED", "登记", "CONCLUDED", "办结");
        }
        if (r.kind() == RecordKind.ASSIGNED_MATTER) {
            return missingActs(r, "MATTER_ASSIGNED", "交办", "CONCLUDED", "办结");
        }
        List<String> missing = new ArrayList<>();
        if (r.trail().stream().noneMatch(t -> "SUBMITTED".equals(t.action()))) {
            missing.add("起草");
        }
        if (r.trail().stream().noneMatch(t -> "SIGNED".equals(t.action()))) {
            missing.add("签发");
        }
        return missing;
    }

    /**
     * Beside GB/T 18894's minimum (题名, 责任者 — the 来文单位, or the leader who assigned the matter —, 日期,
     * 机构或问题, 保管期限), what makes a 收文 or 交办事项 findable and whole: the 收文编号 of a 收文, the 承办 unit and
     * the 办理结果 of both.
     */
    private static List<String> missingRegistryParticulars(ArchiveRecord r) {
        List<String> missing = new ArrayList<>();
        RegistryParticulars p = r.particulars();
        if (r.kind() == RecordKind.INCOMING && (p == null || blank(p.receiptNumber()))) {
            missing.add("收文编号");
        }
        if (p == null || blank(p.handlingUnit())) {
            missing.add("承办单位");
        }
        if (p == null || blank(p.result())) {
            missing.add("办理结果");
        }
        return missing;
    }

    private static List<String> missingActs(ArchiveRecord r, String first, String firstName, String last,
                                            String lastName) {
        List<String> missing = new ArrayList<>();
        if (r.trail().stream().noneMatch(t -> first.equals(t.action()))) {
            missing.add(firstName);
        }
        if (r.trail().stream().noneMatch(t -> last.equals(t.action()))) {
            missing.add(lastName);
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
