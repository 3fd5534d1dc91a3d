package org.gongwen.drafting.template.domain;

import java.util.List;
import java.util.Optional;

import org.gongwen.drafting.format.domain.Organisation;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/**
 * The skeleton of a reply (答复) to a 收文 (issue 17): addressed to the 来文单位 (GB-TO-1), titled 发文机关 + 关于 + the
 * incoming document's 事由 + 的 + 文种 (GB-TITLE-1/2), opening with the document it answers. The kind decides the rest:
 * a 函 (the default) answers an organ outside our line of subordination, 平行 and titled 复函 (条例 第八条(十四),
 * TL-PAR-3); a 批复 answers a lower organ's 请示, 下行 (第八条(十二)); a 报告 answers a superior's inquiry, 上行
 * (第八条(十)). Any other kind keeps its usual skeleton, only addressed and titled as a reply.
 */
public final class ReplySkeletons {

    /** The kind a reply takes unless the drafter says otherwise: the incoming document comes from outside. */
    public static final String DEFAULT_KIND = DocType.函.name();

    private static final String GAP = DraftTemplates.GAP;

    private final DraftTemplates templates;
    private final Organisation organisation;

    public ReplySkeletons(DraftTemplates templates, Organisation organisation) {
        this.templates = templates;
        this.organisation = organisation;
    }

    /** The incoming document as its 登记 recorded it: who sent it, its 发文字号 (if any) and title. */
    public record Answered(String senderOrgan, @Nullable String senderNumber, String title) {
    }

    /** The reply skeleton of {@code kind} (null: a 函), or empty when the kind is none of the 15. */
    public Optional<DocumentContent> reply(@Nullable String kind, Answered answered, @Nullable String drafterName) {
        String k = kind == null ? DEFAULT_KIND : kind;
        return templates.of(k, drafterName).map(t -> reply(DocType.of(k).orElseThrow(), t.skeleton(), answered));
    }

    private DocumentContent reply(DocType type, DocumentContent base, Answered answered) {
        String sender = blank(answered.senderOrgan()) ? GAP : answered.senderOrgan().strip();
        String title = organisation.name() + "关于" + matter(answered.title()) + "的" + (type == DocType.函 ? "复函"
                : type.name());
        String cited = "《" + (blank(answered.title()) ? GAP : answered.title().strip()) + "》"
                + (blank(answered.senderNumber()) ? "" : "（" + answered.senderNumber().strip() + "）");
        String body = switch (type) {
            case 函 -> "你单位" + cited + "收悉。经研究，现函复如下：\n一、" + GAP + "\n二、" + GAP + "\n此复。";
            case 批复 -> "你单位" + cited + "收悉。经研究，现批复如下：\n一、" + GAP + "\n二、" + GAP + "\n此复。";
            case 报告 -> cited + "收悉。现将有关情况报告如下：\n一、" + GAP + "\n二、" + GAP + "\n特此报告。";
            default -> base.body();
        };
        String direction = switch (type) {
            case 函 -> "平行";
            case 批复 -> "下行";
            case 报告 -> "上行";
            default -> base.direction();
        };
        return new DocumentContent(base.docType(), title, type.addressesSomeone() ? List.of(sender) : List.of(),
                base.copyRecipients(), body, base.urgency(), base.classification(), base.classificationPeriodYears(),
                direction, base.attachments(), base.remarks(), base.copyNumber(), base.issuingOrgan(),
                base.coIssuers());
    }

    /**
     * The 事由 of an incoming title: what stands between its first 关于 and the closing 的 + 文种
     * ("江城市财政局关于商请提供救助资金使用情况的函" → "商请提供救助资金使用情况"); a title without 关于 is taken whole,
     * less its kind. Nothing left: a placeholder for the drafter.
     */
    static String matter(@Nullable String incomingTitle) {
        String t = incomingTitle == null ? "" : incomingTitle.strip();
        int about = t.indexOf("关于");
        if (about >= 0) {
            t = t.substring(about + 2);
        }
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String kind : DocType.terms()) {
                if (t.endsWith(kind) && t.length() > kind.length()) {
                    t = t.substring(0, t.length() - kind.length());
                    cut = true;
                }
            }
            if (t.endsWith("的")) {
                t = t.substring(0, t.length() - 1);
            }
        }
        return t.isBlank() ? GAP : t;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
