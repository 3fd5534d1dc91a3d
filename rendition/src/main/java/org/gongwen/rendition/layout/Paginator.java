package org.gongwen.rendition.layout;

import java.util.ArrayList;
import java.util.List;

/** Puts a {@link Flow} on pages of {@link Gb9704#LINES} grid lines, the first page starting below the 版头. */
final class Paginator {

    private record Placed(Flow item, int line) {
    }

    private final List<List<Placed>> pages = new ArrayList<>();
    private int line;

    private Paginator(int firstLine) {
        pages.add(new ArrayList<>());
        line = firstLine;
    }

    /** The elements of each page, page 1 first; page 1 also holds {@code head}. */
    static List<List<Element>> paginate(List<Element> head, int firstLine, List<Flow> flow) {
        Paginator paginator = new Paginator(firstLine);
        flow.forEach(paginator::place);
        List<List<Element>> pages = new ArrayList<>();
        for (List<Placed> page : paginator.pages) {
            List<Element> elements = new ArrayList<>();
            if (pages.isEmpty()) {
                elements.addAll(head);
            }
            page.forEach(p -> elements.addAll(draw(p)));
            pages.add(elements);
        }
        return pages;
    }

    private static List<Element> draw(Placed placed) {
        if (placed.item() instanceof Flow.Line text) {
            return text.draw().apply(placed.line());
        }
        if (placed.item() instanceof Flow.Block block) {
            return block.draw().apply(placed.line());
        }
        return List.of();
    }

    private void place(Flow item) {
        if (item instanceof Flow.NewPage) {
            newPage();
        } else if (item instanceof Flow.Blank) {
            if (line > 0 && line < Gb9704.LINES) {
                current().add(new Placed(item, line++));
            }
        } else if (item instanceof Flow.Line) {
            if (line >= Gb9704.LINES) {
                newPage();
            }
            current().add(new Placed(item, line++));
        } else if (item instanceof Flow.Block block) {
            placeBlock(block);
        }
    }

    private void placeBlock(Flow.Block block) {
        if (line + block.height() > Gb9704.LINES) {
            List<Flow> carried = carryLastLines(block.keepWithPrevious());
            newPage();
            carried.forEach(this::place);
        }
        current().add(new Placed(block, line));
        line += block.height();
    }

    /** Takes the last {@code count} text lines off the current page (and the blank lines after them). */
    private List<Flow> carryLastLines(int count) {
        List<Placed> page = current();
        List<Flow> carried = new ArrayList<>();
        int taken = 0;
        while (!page.isEmpty() && taken < count && page.size() > count) {
            Placed last = page.remove(page.size() - 1);
            if (last.item() instanceof Flow.Line) {
                carried.add(0, last.item());
                taken++;
            }
        }
        return carried;
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        line = 0;
    }

    private List<Placed> current() {
        return pages.get(pages.size() - 1);
    }
}
