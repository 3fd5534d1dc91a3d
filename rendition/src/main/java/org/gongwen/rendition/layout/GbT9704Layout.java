package org.gongwen.rendition.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.rendition.IssuedDocument;

/**
 * Lays out an issued document as GB/T 9704-2012 prints it: the 版头 on page 1, the 主体 flowing on the 22 × 28 grid,
 * each 附件 from a new page, the 版记 at the foot of the last even page and the 页码. Pure: no font and no file.
 */
public final class GbT9704Layout {

    /** Space kept free between the last text of a page and a 版记 that shares the page. */
    private static final double COLOPHON_CLEARANCE = 3;

    private GbT9704Layout() {
    }

    public static DocumentLayout layOut(IssuedDocument doc) {
        DocumentFormat format = DocumentFormat.of(doc.docType());
        HeadLayout.Head head = switch (format) {
            case GENERAL -> HeadLayout.lay(doc);
            case LETTER -> LetterLayout.head(doc);
            case ORDER -> OrderLayout.head(doc);
            case MINUTES -> MinutesLayout.head(doc);
        };
        boolean recipientsMoved = false;
        List<List<Element>> pages = Paginator.paginate(head.elements(), head.titleLine(), flow(doc, format, true));
        if (!showsBody(pages.get(0)) && !doc.mainRecipients().isEmpty() && !doc.paragraphs().isEmpty()) {
            // GB-FIRSTPAGE-1: page 1 must show body text; a 主送 too long for that goes to the 版记
            recipientsMoved = true;
            pages = Paginator.paginate(head.elements(), head.titleLine(), flow(doc, format, false));
        }
        pages = new ArrayList<>(pages);
        int numbered = pages.size();
        ColophonLayout colophon = format == DocumentFormat.LETTER ? ColophonLayout.letter(doc, recipientsMoved)
                : ColophonLayout.of(doc, recipientsMoved);
        placeColophon(pages, colophon, doc);
        List<Page> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            List<Element> elements = new ArrayList<>(pages.get(i));
            Optional<String> label = Optional.empty();
            if (PageNumbers.printed(format, number, numbered)) {
                TextRun pageNumber = PageNumbers.run(number);
                elements.add(pageNumber);
                label = Optional.of(pageNumber.text());
            }
            result.add(new Page(number, elements, label));
        }
        return new DocumentLayout(result);
    }

    private static boolean showsBody(List<Element> page) {
        return page.stream().anyMatch(e -> e.role() == Role.BODY);
    }

    /**
     * The 主体 and the 附件 as grid lines; the 主送 below the title unless it went to the 版记. The formats differ in
     * the title (none under a 令; none under a 纪要 whose mark is its title), in what closes the body (the 署名 and
     * seal; the 签发人's 签名章 under a 令; the attendance lists of a 纪要) and in where a 纪要's attendance lists stand.
     */
    static List<Flow> flow(IssuedDocument doc, DocumentFormat format, boolean withMainRecipients) {
        List<Flow> flow = new ArrayList<>();
        if (format != DocumentFormat.ORDER && (format != DocumentFormat.MINUTES || MinutesLayout.showsTitle(doc))) {
            flow.addAll(Typesetter.title(Role.TITLE, doc.title()));
            flow.add(new Flow.Blank());
        }
        if (withMainRecipients && !doc.mainRecipients().isEmpty()) {
            String recipients = String.join("、", doc.mainRecipients()) + "：";
            flow.addAll(Typesetter.paragraph(Role.MAIN_RECIPIENTS, recipients, Face.FANGSONG, 0, 0));
        }
        List<String> body = format == DocumentFormat.MINUTES ? MinutesLayout.bodyParagraphs(doc) : doc.paragraphs();
        body.stream().filter(p -> !p.isBlank()).forEach(p -> flow.addAll(Typesetter.bodyParagraph(Role.BODY, p)));
        if (!doc.attachments().isEmpty()) {
            flow.add(new Flow.Blank());
            flow.addAll(attachmentNote(doc.attachments()));
        }
        switch (format) {
            case ORDER -> flow.add(OrderLayout.signOff(doc));
            case MINUTES -> flow.addAll(MinutesLayout.attendees(doc));
            default -> flow.add(SignOffLayout.block(doc));
        }
        if (doc.remarks() != null && !doc.remarks().isBlank()) {
            if (format == DocumentFormat.MINUTES) {
                // no 成文日期 above it to stand under (a 纪要's date is in its head): kept apart from the last list
                flow.add(new Flow.Blank());
            }
            flow.addAll(Typesetter.paragraph(Role.NOTE, remarks(doc.remarks()), Face.FANGSONG, 2, 0));
        }
        List<IssuedDocument.Attachment> attachments = doc.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            flow.addAll(attachmentPages(attachments.get(i), attachments.size() == 1 ? "附件" : "附件" + (i + 1)));
        }
        return flow;
    }

    /**
     * GB-ATT-1: two characters in, "附件：" and the name; several are numbered 1. 2. …, each under the first, a
     * wrapped name aligned with the first character of the name above.
     */
    static List<Flow> attachmentNote(List<IssuedDocument.Attachment> attachments) {
        List<Flow> flow = new ArrayList<>();
        double label = CharWidths.units("附件：");
        if (attachments.size() == 1) {
            flow.addAll(Typesetter.paragraph(Role.ATTACHMENT_NOTE, "附件：" + attachments.get(0).name(), Face.FANGSONG,
                    2, 2 + label));
            return flow;
        }
        for (int i = 0; i < attachments.size(); i++) {
            String number = (i + 1) + ".";
            String text = (i == 0 ? "附件：" : "") + number + attachments.get(i).name();
            flow.addAll(Typesetter.paragraph(Role.ATTACHMENT_NOTE, text, Face.FANGSONG, i == 0 ? 2 : 2 + label,
                    2 + label + CharWidths.units(number)));
        }
        return flow;
    }

    /** GB-NOTE-1: the 附注 in parentheses, whether or not the drafter typed them. */
    static String remarks(String remarks) {
        String text = remarks.strip();
        boolean enclosed = (text.startsWith("（") || text.startsWith("(")) && (text.endsWith("）") || text.endsWith(")"));
        return enclosed ? text : "（" + text + "）";
    }

    /**
     * GB-ATT-2: a new page; "附件N" in 黑体 on the first line, top left; the title centred on the third line; the
     * content below it like the body.
     */
    private static List<Flow> attachmentPages(IssuedDocument.Attachment attachment, String label) {
        List<Flow> flow = new ArrayList<>();
        flow.add(new Flow.NewPage());
        flow.add(new Flow.Line(n -> List.of(Typesetter.gridRun(Role.ATTACHMENT_LABEL, label, Gb9704.LEFT, n,
                Face.HEITI))));
        flow.add(new Flow.Blank());
        flow.addAll(Typesetter.title(Role.ATTACHMENT_TITLE, attachment.name()));
        flow.add(new Flow.Blank());
        attachment.paragraphs().stream().filter(p -> !p.isBlank())
                .forEach(p -> flow.addAll(Typesetter.bodyParagraph(Role.ATTACHMENT_BODY, p)));
        return flow;
    }

    /**
     * The 版记 goes at the foot of the last page, which must be an even one (the back of the last sheet): on the last
     * page of text when that is even and has room, else on a page of its own after it, with a blank page between
     * when the last page of text is even but full. A 信函's goes on its last page, whatever its number (GB/T 9704
     * 10.1 "位于公文最后一面"), or on a page of its own when that is full.
     */
    private static void placeColophon(List<List<Element>> pages, ColophonLayout colophon, IssuedDocument doc) {
        if (colophon.empty()) {
            return;
        }
        List<Element> last = pages.get(pages.size() - 1);
        double top = Gb9704.TYPE_BOTTOM - colophon.height();
        boolean mayTakeIt = !colophon.lastEvenPage() || pages.size() % 2 == 0;
        if (mayTakeIt && bottom(last) <= top - COLOPHON_CLEARANCE) {
            List<Element> withColophon = new ArrayList<>(last);
            withColophon.addAll(colophon.draw(doc));
            pages.set(pages.size() - 1, withColophon);
            return;
        }
        if (mayTakeIt && colophon.lastEvenPage()) {
            // a full even page: a blank odd page, then the 版记 on the even one after it
            pages.add(List.of());
        }
        pages.add(colophon.draw(doc));
    }

    /** The lowest point drawn on a page. */
    static double bottom(List<Element> page) {
        double bottom = Gb9704.TOP;
        for (Element e : page) {
            if (e instanceof TextRun run) {
                bottom = Math.max(bottom, run.baseline() + (1 - Gb9704.ASCENT) * run.size());
            } else if (e instanceof Circle circle) {
                bottom = Math.max(bottom, circle.centreY() + circle.radius() + circle.stroke() / 2);
            } else if (e instanceof Rule rule && rule.role() != Role.DOUBLE_RULE) {
                // a 信函's lower double line lies below the type area, where no 版记 goes
                bottom = Math.max(bottom, rule.y() + rule.thickness() / 2);
            }
        }
        return bottom;
    }
}
