package org.gongwen.rendition.layout;

import java.util.List;

/** The pages of an issued document as GB/T 9704 lays them out: what the PDF and the OFD writers draw. */
public record DocumentLayout(List<Page> pages) {

    public DocumentLayout {
        pages = List.copyOf(pages);
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }

    public int pageCount() {
        return pages.size();
    }
}
