package org.gongwen.drafting.format.domain;

import org.gongwen.kernel.Span;

/** What a rule found, before the organisation's configuration decides how severe it is. */
public record Finding(String field, Span span, String messageZh, String messageEn, String suggestedFix) {

    static Finding whole(String field, String zh, String en, String fix) {
        return new Finding(field, null, zh, en, fix);
    }
}
