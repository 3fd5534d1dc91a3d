package org.gongwen.drafting.format.domain;

import org.gongwen.kernel.Span;
import org.jspecify.annotations.Nullable;

/** What a rule found, before the organisation's configuration decides how severe it is. */
public record Finding(String field, @Nullable Span span, String messageZh, String messageEn,
                      @Nullable String suggestedFix) {

    static Finding whole(String field, String zh, String en, @Nullable String fix) {
        return new Finding(field, null, zh, en, fix);
    }
}
