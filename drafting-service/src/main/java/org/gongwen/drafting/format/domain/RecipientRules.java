package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRule.variant;
import static org.gongwen.drafting.format.domain.FormatRules.is;
import static org.gongwen.drafting.format.domain.FormatRules.kind;
import static org.gongwen.drafting.format.domain.FormatRules.upward;
import static org.gongwen.drafting.format.domain.FormatRules.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.Severity;
import org.gongwen.events.DocumentContent;

/** 主送、抄送 and the 行文规则 on them: GB-TO-1, GB-CC-1, TL-UP-1, TL-UP-5, TL-GEN-2, TL-PAR-2, TL-PAR-3. */
final class RecipientRules {

    /** A name ending in a post or a form of address is a person, not an organ (TL-UP-5, GB-TO-1). */
    private static final Pattern PERSON = Pattern.compile(
            ".*(局长|主任|书记|市长|县长|区长|省长|部长|厅长|处长|科长|主席|秘书长|同志|先生|女士|领导)$");
    /** Collective names of lower organs (各区民政局, 各科室) or explicitly subordinate ones. */
    private static final Pattern LOWER = Pattern.compile("^各.*|.*(下属|所属|直属).*");
    /** Internal sections of a department: 科, 处, 股 — but the 办公室/办公厅 may write outwards. */
    private static final Pattern SECTION = Pattern.compile(".*(科|处|股|中队)$");
    /** Separators between organ names outside parentheses (各县（市、区） is one name). */
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;](?![^（(]*[）)])");
    private static final String TRAILING = "[：:。，,；;、]+$";

    private RecipientRules() {
    }

    static List<FormatRule> all(Organisation organisation) {
        return List.of(mainRecipientRequired(), mainRecipientsAreOrgansWithoutPunctuation(),
                requestHasOneMainRecipient(), upwardDocumentHasOneMainRecipient(), upwardNeverCopiesLowerOrgans(),
                upwardNotToALeaderPersonally(), skippedSuperiorIsCopied(organisation), requestGoesUpward(),
                replyGoesDownward(), requestOnlyToASuperior(organisation), sectionsDoNotIssue(organisation),
                oneOrganPerCopyRecipient());
    }

    /** GB-TO-1: every kind that addresses someone names its 主送机关; 公布性 kinds do not. */
    static FormatRule mainRecipientRequired() {
        return rule("GB-TO-1", Severity.ERROR, "条例 第九条(八); GB/T 9704-2012 7.3.2", c -> when(
                kind(c).map(k -> k.addressesSomeone() && c.mainRecipients().isEmpty()).orElse(false),
                Finding.whole("mainRecipients", c.docType() + "须标注主送机关。",
                        "A " + c.docType() + " needs a main recipient (主送机关).", null)));
    }

    /**
     * GB-TO-1: a 主送机关 is an organ's full or short name; the colon after it is layout, typed into the name it
     * would print twice. A person is caught here for 下行/平行文 and by TL-UP-5 for 上行文.
     */
    static FormatRule mainRecipientsAreOrgansWithoutPunctuation() {
        return variant("GB-TO-1", "name", Severity.ERROR, "条例 第九条(八); GB/T 9704-2012 7.3.2", c -> names(c.mainRecipients(),
                "mainRecipients", (name, field) -> {
                    if (name.matches(".*" + TRAILING)) {
                        return Finding.whole(field, "主送机关名称后的冒号由排版生成，名称中不要带标点。",
                                "The colon after a main recipient is added by the layout; do not type punctuation.",
                                name.replaceAll(TRAILING, ""));
                    }
                    return !upward(c) && PERSON.matcher(name).matches() ? Finding.whole(field,
                            "主送机关应为机关名称，不能是个人（“" + name + "”）。",
                            "A main recipient is an organ, not a person (" + name + ").", null) : null;
                }));
    }

    /** TL-UP-1 with reference.md §1.2: a 请示 has exactly one 主送机关 (一文一事，一个主送). */
    static FormatRule requestHasOneMainRecipient() {
        return variant("TL-UP-1", "request", Severity.ERROR, "条例 第十五条(一); reference.md §1.2 请示", c -> when(
                is(c, DocType.请示) && c.mainRecipients().size() > 1,
                Finding.whole("mainRecipients", "请示只能主送一个上级机关，其他机关可列入抄送。",
                        "A 请示 has exactly one main recipient; list the others as copy recipients.", null)));
    }

    /** TL-UP-1: other 上行文 should have one 主送 too ("原则上"), so only a warning. */
    static FormatRule upwardDocumentHasOneMainRecipient() {
        return rule("TL-UP-1", Severity.WARNING, "条例 第十五条(一)", c -> when(
                !is(c, DocType.请示) && upward(c) && c.mainRecipients().size() > 1,
                Finding.whole("mainRecipients", "上行文原则上只主送一个上级机关。",
                        "An upward document should, in principle, have one main recipient.", null)));
    }

    /** TL-UP-1: 上行文 不得抄送下级机关 — judged by the name, since drafting keeps no organ hierarchy. */
    static FormatRule upwardNeverCopiesLowerOrgans() {
        return variant("TL-UP-1", "lower-copy", Severity.ERROR, "条例 第十五条(一)", c -> !upward(c) ? List.of()
                : names(c.copyRecipients(), "copyRecipients", (name, field) -> LOWER.matcher(name).matches()
                        ? Finding.whole(field, "上行文不得抄送下级机关（“" + name + "”）。",
                        "An upward document must not be copied to lower organs (" + name + ").", null) : null));
    }

    /** TL-UP-5: not in the organ's name to a superior's leader personally. */
    static FormatRule upwardNotToALeaderPersonally() {
        return rule("TL-UP-5", Severity.ERROR, "条例 第十五条(五)", c -> !upward(c) ? List.of()
                : names(c.mainRecipients(), "mainRecipients", (name, field) -> PERSON.matcher(name).matches()
                        ? Finding.whole(field, "上行文应主送上级机关，不得直接送领导者个人（“" + name + "”）。",
                        "Send an upward document to the superior organ, not to a leader personally (" + name + ").",
                        null) : null));
    }

    /** TL-GEN-2: 越级行文 only with the skipped direct superior in 抄送. */
    static FormatRule skippedSuperiorIsCopied(Organisation org) {
        return rule("TL-GEN-2", Severity.ERROR, "条例 第十四条", c -> {
            boolean skips = upward(c) && c.mainRecipients().stream().anyMatch(org.higherOrgans()::contains)
                    && c.mainRecipients().stream().noneMatch(org.superiors()::contains);
            boolean copied = c.copyRecipients().stream().anyMatch(org.superiors()::contains);
            if (!skips || copied || org.superiors().isEmpty()) {
                return List.of();
            }
            List<String> fix = new ArrayList<>(c.copyRecipients());
            fix.add(0, org.superiors().get(0));
            return List.of(Finding.whole("copyRecipients", "越级行文须同时抄送被越过的上级机关（" + org.superiors().get(0) + "）。",
                    "Writing past your direct superior requires copying it (" + org.superiors().get(0) + ").",
                    String.join("，", fix)));
        });
    }

    /** TL-PAR-3: a 请示 asks a superior; between organs without subordination a request is a 函. */
    static FormatRule requestGoesUpward() {
        return variant("TL-PAR-3", "request", Severity.ERROR, "条例 第八条(十一)(十四), 第十五条", c -> when(
                is(c, DocType.请示) && !upward(c), Finding.whole("direction",
                        "请示只能向上级机关行文（上行）；向不相隶属机关请求批准应当用函。",
                        "A 请示 goes to a superior (上行); to an organ that is not your superior, request approval with a 函.",
                        "上行")));
    }

    /** TL-PAR-3: a 批复 answers a lower organ's 请示, so it goes down. */
    static FormatRule replyGoesDownward() {
        return variant("TL-PAR-3", "reply", Severity.ERROR, "条例 第八条(十二)(十四)", c -> when(
                is(c, DocType.批复) && !"下行".equals(c.direction()), Finding.whole("direction",
                        "批复只用于答复下级机关的请示（下行）；答复不相隶属机关用函。",
                        "A 批复 answers a lower organ (下行); answer an organ that is not subordinate with a 函.", "下行")));
    }

    /** TL-PAR-3 with relation data: a 请示 to an organ that is not among our superiors should be a 函. */
    static FormatRule requestOnlyToASuperior(Organisation org) {
        return variant("TL-PAR-3", "relation", Severity.WARNING, "条例 第八条(十四)", c -> {
            if (!is(c, DocType.请示) || org.superiors().isEmpty()) {
                return List.of();
            }
            return names(c.mainRecipients(), "mainRecipients", (name, field) ->
                    org.superiors().contains(name) || org.higherOrgans().contains(name) ? null : Finding.whole(field,
                            "“" + name + "”不是本机关的上级机关；向不相隶属机关请求批准应当用函。",
                            name + " is not a superior of this organ; request approval from it with a 函.", null));
        });
    }

    /** TL-PAR-2: 部门内设机构除办公厅（室）外不得对外正式行文. */
    static FormatRule sectionsDoNotIssue(Organisation org) {
        return rule("TL-PAR-2", Severity.ERROR, "条例 第十七条", c -> {
            List<Finding> found = new ArrayList<>();
            if (c.issuingOrgan() != null && SECTION.matcher(c.issuingOrgan().strip()).matches()) {
                found.add(Finding.whole("issuingOrgan", "内设机构（" + c.issuingOrgan() + "）不得对外正式行文，应以本机关名义发文。",
                        "An internal section may not issue documents externally; issue in the organ's name.", org.name()));
            }
            found.addAll(names(c.coIssuers(), "coIssuers", (name, field) -> SECTION.matcher(name).matches()
                    ? Finding.whole(field, "内设机构（" + name + "）不能作为联合发文机关。",
                    "An internal section cannot co-issue a document.", null) : null));
            return found;
        });
    }

    /** GB-CC-1: 抄送 lists organs; the commas and the final 。 are layout, so one organ per entry. */
    static FormatRule oneOrganPerCopyRecipient() {
        return rule("GB-CC-1", Severity.WARNING, "GB/T 9704-2012 7.4.2", c -> names(c.copyRecipients(), "copyRecipients",
                (name, field) -> {
                    if (SEPARATOR.matcher(name).find()) {
                        return Finding.whole(field, "每个抄送机关单列一项，逗号和句号由排版生成。",
                                "One organ per copy recipient; commas and the final 。 are added by the layout.",
                                String.join("，", SEPARATOR.split(name)));
                    }
                    return name.matches(".*" + TRAILING) ? Finding.whole(field, "抄送机关名称中不要带标点。",
                            "Do not type punctuation into a copy recipient.", name.replaceAll(TRAILING, "")) : null;
                }));
    }

    private static List<Finding> names(List<String> names, String field, BiFunction<String, String, Finding> judge) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Finding f = judge.apply(names.get(i).strip(), field + "[" + i + "]");
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }
}
