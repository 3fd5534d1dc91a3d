package org.gongwen.rendition.layout;

import java.util.List;
import java.util.function.IntFunction;

/** The 主体 and the 附件 as a stream of grid lines that {@link Paginator} puts on pages. */
sealed interface Flow {

    /** One grid line of text; {@code draw} places it on grid line n of its page. */
    record Line(IntFunction<List<Element>> draw) implements Flow {
    }

    /** An empty grid line (空一行); dropped at the top of a page. */
    record Blank() implements Flow {
    }

    /**
     * Lines that stay on one page, together with the last {@code keepWithPrevious} lines before them: the 署名,
     * 成文日期 and 印章 (GB-SEAL-1: no seal on a page without the text it presses on).
     */
    record Block(int height, int keepWithPrevious, IntFunction<List<Element>> draw) implements Flow {
    }

    /** The next item starts a page (each 附件 does, GB-ATT-2). */
    record NewPage() implements Flow {
    }
}
