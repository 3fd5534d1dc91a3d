package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRule.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.kernel.Severity;
import org.gongwen.kernel.Span;
import org.gongwen.events.AttachmentRef;

/**
 * 附件说明 and 附件. The draft's {@code attachments} list is the 附件说明 (its order is the numbering the layout
 * prints as "附件：1. …"); a body may also spell the 附件说明 out, which must then agree with the list.
 */
final class AttachmentRules {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。.，,；;：:！!？?、]+$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(附件\\s*[0-9一二三四五六七八九十]*\\s*[：:.．、]?|[0-9]+\\s*[.．、]|[（(][0-9]+[）)])\\s*");
    private static final Pattern NO_CONTENT = Pattern.compile("^(如文|见附件|附后|[0-9一二三四五六七八九十]+\\s*[件份个])$");
    /** A 附件说明 line in the body: 附件, maybe a number, a colon of either width. */
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^[ \\t\\u3000]*(附件\\s*([0-9一二三四五六七八九十]*)\\s*([:：]))(.*)$");
    private static final Pattern NOTE_ITEM = Pattern.compile("^[ \\t\\u3000]*(?:([0-9]+)[.．]\\s*)?(.+?)[ \\t\\u3000]*$");

    private AttachmentRules() {
    }

    static List<FormatRule> all() {
        return List.of(attachmentNamesClean(), attachmentNoteInBodyWellFormed(), everyListedAttachmentHasItsFile(),
                attachmentNoteInBodyMatchesTheFiles());
    }

    /** GB-ATT-1: the name only — no number (the layout numbers), no trailing punctuation, not "如文"/"3件". */
    static FormatRule attachmentNamesClean() {
        return rule("GB-ATT-1", Severity.ERROR, "GB/T 9704-2012 7.3.4; [S70]", c -> {
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < c.attachments().size(); i++) {
                String name = c.attachments().get(i).name() == null ? "" : c.attachments().get(i).name().strip();
                String clean = TRAILING_PUNCTUATION.matcher(LEADING_NUMBER.matcher(name).replaceFirst("")).replaceFirst("");
                String field = "attachments[" + i + "].name";
                if (NO_CONTENT.matcher(clean).matches()) {
                    found.add(Finding.whole(field, "附件说明须写明附件名称，不能写“" + clean + "”。",
                            "Name the attachment; \"" + clean + "\" names nothing.", null));
                } else if (!clean.equals(name)) {
                    found.add(Finding.whole(field, "附件名称不加序号（由排版生成）和结尾标点。",
                            "An attachment name carries no number (the layout adds it) and no trailing punctuation.", clean));
                }
            }
            return found;
        });
    }

    /** GB-ATT-1 in a body that spells the 附件说明 out: "附件：" with a fullwidth colon, never "附件一：". */
    static FormatRule attachmentNoteInBodyWellFormed() {
        return variant("GB-ATT-1", "body", Severity.ERROR, "GB/T 9704-2012 7.3.4", c -> Texts.scan("body", c.body(), NOTE_LINE, m ->
                m.group(2).isEmpty() && "：".equals(m.group(3)) ? null : new Texts.Objection(1,
                        "附件说明写作“附件：”（全角冒号），多个附件在冒号后用“1. ”“2. ”编号。",
                        "The note reads 附件： (fullwidth colon); several attachments are numbered 1. 2. after it.", "附件：")));
    }

    /** GB-ATT-2: the 附件说明 names a file that is not attached. */
    static FormatRule everyListedAttachmentHasItsFile() {
        return rule("GB-ATT-2", Severity.ERROR, "GB/T 9704-2012 7.3.7", c -> {
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < c.attachments().size(); i++) {
                AttachmentRef a = c.attachments().get(i);
                if (!a.hasFile()) {
                    found.add(Finding.whole("attachments[" + i + "]", "附件说明列出的附件" + (i + 1) + "“" + a.name() + "”尚未上传文件。",
                            "Attachment " + (i + 1) + " (" + a.name() + ") is listed but no file was uploaded.", null));
                }
            }
            return found;
        });
    }

    /** GB-ATT-2: a 附件说明 written in the body has the attachments' numbers and names, in order. */
    static FormatRule attachmentNoteInBodyMatchesTheFiles() {
        return variant("GB-ATT-2", "body", Severity.ERROR, "GB/T 9704-2012 7.3.4, 7.3.7", c -> {
            String body = c.body() == null ? "" : c.body();
            Matcher m = NOTE_LINE.matcher(body);
            if (!m.find()) {
                return List.of();
            }
            List<String> written = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            lines.add(m.group(4));
            int end = m.end();
            for (String line : body.substring(Math.min(body.length(), end + 1)).split("\n", -1)) {
                if (end >= body.length() || !line.matches("^[ \\t\\u3000]*[0-9]+[.．].*")) {
                    break;
                }
                lines.add(line);
                end += 1 + line.length();
            }
            for (String line : lines) {
                Matcher item = NOTE_ITEM.matcher(line);
                if (item.matches()) {
                    written.add(item.group(2));
                }
            }
            List<String> listed = c.attachments().stream().map(a -> a.name() == null ? "" : a.name().strip()).toList();
            if (written.equals(listed)) {
                return List.of();
            }
            return List.of(new Finding("body", Span.ofChars(body, m.start(1), end),
                    "正文中的附件说明（" + written.size() + " 项）与所附附件（" + listed.size() + " 项）的序号或名称不一致。",
                    "The 附件说明 in the body (" + written.size() + " items) does not match the attachments ("
                            + listed.size() + "): numbers and names must agree.", note(listed)));
        });
    }

    /** The 附件说明 as it should read for these attachments. */
    static String note(List<String> names) {
        if (names.size() == 1) {
            return "附件：" + names.get(0);
        }
        StringBuilder s = new StringBuilder("附件：");
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : "\n　　　").append(i + 1).append(". ").append(names.get(i));
        }
        return s.toString();
    }
}
