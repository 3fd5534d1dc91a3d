package org.gongwen.drafting.draft.web;

import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Span;

/**
 * A finding on the wire, the same in {@code POST …/check} and in submit's 422: the contract's {rule, field,
 * severity, message} plus messageEn, suggestedFix and span ({start, end} in code points of the field's text).
 */
record ViolationView(String rule, String field, String severity, String message, String messageEn,
                     String suggestedFix, Span span) {

    static ViolationView of(RuleViolation v) {
        return new ViolationView(v.rule(), v.field(), v.severity().name(), v.messageZh(), v.messageEn(),
                v.suggestedFix(), v.span());
    }
}
