package org.gongwen.drafting.format.domain;

import java.util.List;
import java.util.function.Function;

import org.gongwen.kernel.Severity;
import org.gongwen.events.DocumentContent;

/**
 * One checkable rule of reference.md (GB/T 9704, 条例 行文规则): the id it reports, the key an organisation uses
 * to configure its severity (the id itself, or {@code id.variant} where one id has parts of different weight),
 * its default severity, the clause it comes from and what it finds in a draft's content.
 */
public record FormatRule(String id, String key, Severity defaultSeverity, String source,
                         Function<DocumentContent, List<Finding>> findings) {

    static FormatRule rule(String id, Severity severity, String source, Function<DocumentContent, List<Finding>> findings) {
        return new FormatRule(id, id, severity, source, findings);
    }

    static FormatRule variant(String id, String variant, Severity severity, String source,
                              Function<DocumentContent, List<Finding>> findings) {
        return new FormatRule(id, id + "." + variant, severity, source, findings);
    }
}
