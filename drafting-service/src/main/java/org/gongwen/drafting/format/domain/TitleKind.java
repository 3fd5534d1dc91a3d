package org.gongwen.drafting.format.domain;

import java.util.Optional;

import org.gongwen.drafting.shared.domain.DocType;

/**
 * The 文种 at the end of a title. Only the ending counts: a 事由 may well mention another kind ("关于征求意见的通知",
 * "关于转发…的通知的通知"); what GB-TITLE-1 forbids is a missing, wrong or stacked kind ("…的请示报告").
 */
final class TitleKind {

    private TitleKind() {
    }

    static boolean endsWithExactlyOne(String title, DocType declared) {
        if (title == null) {
            return false;
        }
        String t = title.strip();
        return declared.titleEndings().stream()
                .filter(t::endsWith)
                .findFirst()
                .map(ending -> t.length() > ending.length() && trailingKind(t.substring(0, t.length() - ending.length())).isEmpty())
                .orElse(false);
    }

    /** The title with every trailing kind replaced by the declared one, when what remains reads "…的". */
    static String suggest(String title, DocType declared) {
        if (title == null) {
            return null;
        }
        String rest = title.strip();
        for (Optional<String> k = trailingKind(rest); k.isPresent(); k = trailingKind(rest)) {
            rest = rest.substring(0, rest.length() - k.get().length());
        }
        return rest.endsWith("的") ? rest + declared.name() : null;
    }

    private static Optional<String> trailingKind(String text) {
        return DocType.terms().stream().filter(text::endsWith).findFirst();
    }
}
