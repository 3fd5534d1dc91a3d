package org.gongwen.drafting.template.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gongwen.drafting.format.domain.Organisation;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.events.DocumentContent;

/**
 * One skeleton per 法定文种 (条例 第八条; reference.md §1.2–1.4). Each starts with the kind's usual direction, a
 * title of 发文机关 + 关于……的 + 文种 (GB-TITLE-1/2), 主送 only where the kind addresses someone (GB-TO-1) — one
 * superior for the 上行 kinds (TL-UP-1) — the body's usual 层次 (GB-LAYER-1) and closing phrase, and for a 请示 the
 * 附注 contact line GB-NOTE-2 expects. A skeleton is a start, not a finished draft: its {@code ……} placeholders
 * still have to be written, and the format check says so until they are.
 */
public final class DraftTemplates {

    /** Where only the drafter knows what to write. */
    public static final String GAP = "……";

    private final Organisation organisation;

    public DraftTemplates(Organisation organisation) {
        this.organisation = organisation;
    }

    public List<DraftTemplate> all(String drafterName) {
        return Arrays.stream(DocType.values()).map(t -> of(t, drafterName)).toList();
    }

    public Optional<DraftTemplate> of(String docType, String drafterName) {
        return DocType.of(docType).map(t -> of(t, drafterName));
    }

    DraftTemplate of(DocType type, String drafterName) {
        String org = organisation.name();
        String superior = organisation.superiors().isEmpty() ? GAP : organisation.superiors().get(0);
        String title = org + "关于" + GAP + "的" + type.name();
        return switch (type) {
            case 决议 -> template(type, "会议讨论通过的重大决策事项", "Major decisions adopted by a meeting", "下行",
                    List.of("成文日期（会议通过日期）"), title, List.of(),
                    GAP + "会议审议通过了" + GAP + "。会议认为，" + GAP + "。会议决定：\n一、" + GAP + "\n二、" + GAP, null);
            case 决定 -> template(type, "对重要事项作出决策和部署、奖惩有关单位和人员、变更或者撤销下级机关不适当的决定事项",
                    "Decisions on important matters; rewards and penalties; revoking improper decisions of lower organs",
                    "下行", List.of("主送机关"), title, List.of(GAP),
                    "为" + GAP + "，经研究，决定如下：\n一、" + GAP + "\n二、" + GAP + "\n本决定自印发之日起施行。", null);
            case 命令 -> template(type, "公布行政法规和规章、宣布施行重大强制性措施、批准授予和晋升衔级、嘉奖有关单位和人员",
                    "Promulgating regulations and rules; major compulsory measures; ranks; commendations", "下行",
                    List.of("发文机关须经法律授权"), org + "令", List.of(),
                    "《" + GAP + "》已经" + GAP + "通过，现予公布，自" + GAP + "起施行。", null);
            case 公报 -> template(type, "公布重要决定或者重大事项", "Publishing important decisions or major matters", null,
                    List.of(), title, List.of(), GAP, null);
            case 公告 -> template(type, "向国内外宣布重要事项或者法定事项", "Announcing important or statutory matters", null,
                    List.of(), title, List.of(), GAP + "\n特此公告。", null);
            case 通告 -> template(type, "在一定范围内公布应当遵守或者周知的事项",
                    "Announcing, within a scope, matters to be observed or known", null, List.of(), title, List.of(),
                    "为" + GAP + "，根据" + GAP + "，现就有关事项通告如下：\n一、" + GAP + "\n二、" + GAP + "\n特此通告。", null);
            case 意见 -> template(type, "对重要问题提出见解和处理办法", "Views and handling methods on important issues", "下行",
                    List.of("主送机关", "上行时：签发人、一个主送机关"), title, List.of(GAP),
                    "为" + GAP + "，现提出如下意见。\n一、总体要求\n" + GAP + "\n二、主要任务\n" + GAP + "\n三、保障措施\n" + GAP, null);
            case 通知 -> template(type, "发布、传达要求下级机关执行和有关单位周知或者执行的事项，批转、转发公文",
                    "Conveying matters lower organs must carry out or know; forwarding documents", "下行",
                    List.of("主送机关"), title, List.of(GAP),
                    "为" + GAP + "，现将有关事项通知如下：\n一、" + GAP + "\n二、" + GAP + "\n请认真贯彻执行。", null);
            case 通报 -> template(type, "表彰先进、批评错误、传达重要精神和告知重要情况",
                    "Commending, criticising, conveying important spirit or situations", "下行", List.of("主送机关"),
                    title, List.of(GAP), GAP + "\n特此通报。", null);
            case 报告 -> template(type, "向上级机关汇报工作、反映情况，回复上级机关的询问",
                    "Reporting work or situations to a superior; answering its inquiry", "上行",
                    List.of("签发人", "一个主送机关", "不得夹带请示事项（TL-UP-4）"), title, List.of(superior),
                    "现将" + GAP + "情况报告如下：\n一、基本情况\n" + GAP + "\n二、主要做法\n" + GAP + "\n三、下一步工作\n" + GAP
                            + "\n特此报告。", null);
            case 请示 -> template(type, "向上级机关请求指示、批准", "Asking a superior for instructions or approval", "上行",
                    List.of("签发人", "一个主送机关（TL-UP-1）", "一文一事（TL-UP-4）", "附注：联系人和电话（GB-NOTE-2）"), title,
                    List.of(superior), "为" + GAP + "，拟" + GAP + "。现将有关事项请示如下：\n一、" + GAP + "\n二、" + GAP
                            + "\n妥否，请批示。",
                    "（联系人：" + (drafterName == null || drafterName.isBlank() ? GAP : drafterName) + "，电话：" + GAP + "）");
            case 批复 -> template(type, "答复下级机关请示事项", "Answering a lower organ's 请示", "下行",
                    List.of("主送机关（来文单位）"), title, List.of(GAP),
                    "你单位《关于" + GAP + "的请示》收悉。经研究，现批复如下：\n一、" + GAP + "\n二、" + GAP + "\n此复。", null);
            case 议案 -> template(type, "各级人民政府按照法律程序向同级人民代表大会或者其常务委员会提请审议事项",
                    "A government submits matters to the same-level 人大 for deliberation", null,
                    List.of("发文机关须为人民政府", "主送机关（同级人大或其常委会）"), org + "关于提请审议" + GAP + "的议案", List.of(GAP),
                    "为" + GAP + "，" + GAP + "起草了《" + GAP + "》，已经" + GAP + "讨论通过，现提请审议。", null);
            case 函 -> template(type, "不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项",
                    "Between organs without subordination: consulting, asking, answering, requesting approval", "平行",
                    List.of("主送机关"), title, List.of(GAP), "为" + GAP + "，现就" + GAP + "函商如下：\n一、" + GAP + "\n二、"
                            + GAP + "\n请予研究函复。", null);
            case 纪要 -> template(type, "记载会议主要情况和议定事项", "Recording a meeting and the matters agreed", "下行",
                    List.of("纪要格式（GB/T 9704 10.3）"), org + GAP + "会议纪要", List.of(),
                    // 出席/列席 as paragraphs of the body: the rendition sets them after it (GB/T 9704 10.3, docs/renditions.md)
                    GAP + "主持召开" + GAP + "会议，研究" + GAP + "。现纪要如下：\n一、" + GAP + "\n二、" + GAP
                            + "\n出席：" + GAP + "\n列席：" + GAP, null);
        };
    }

    private static DraftTemplate template(DocType type, String usedForZh, String usedForEn, String direction,
                                          List<String> required, String title, List<String> mainRecipients,
                                          String body, String remarks) {
        return new DraftTemplate(type.name(), usedForZh, usedForEn, direction, required,
                new DocumentContent(type.name(), title, mainRecipients, List.of(), body, null, null, null, direction,
                        List.of(), remarks, null, null, null));
    }
}
