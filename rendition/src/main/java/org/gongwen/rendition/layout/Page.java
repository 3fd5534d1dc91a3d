package org.gongwen.rendition.layout;

import java.util.List;
import java.util.Optional;

/**
 * One A4 page of the layout.
 *
 * @param number     its place in the document, from 1
 * @param pageNumber the printed 页码 ("— 1 —"), absent on blank pages and on a page holding nothing but the 版记
 *                   (GB-PAGE-1)
 */
public record Page(int number, List<Element> elements, Optional<String> pageNumber) {

    public Page {
        elements = List.copyOf(elements);
    }

    public List<TextRun> texts() {
        return elements.stream().filter(TextRun.class::isInstance).map(TextRun.class::cast).toList();
    }

    public List<TextRun> texts(Role role) {
        return texts().stream().filter(t -> t.role() == role).toList();
    }

    public List<Element> elements(Role role) {
        return elements.stream().filter(e -> e.role() == role).toList();
    }

    /** The text of one role on this page, its runs joined in order. */
    public String text(Role role) {
        StringBuilder all = new StringBuilder();
        texts(role).forEach(t -> all.append(t.text()));
        return all.toString();
    }

    public boolean blank() {
        return elements.isEmpty();
    }
}
