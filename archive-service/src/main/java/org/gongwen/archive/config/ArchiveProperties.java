package org.gongwen.archive.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongwen.archive.accession.domain.RetentionSchedule;
import org.gongwen.archive.shared.domain.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fonds     全宗号 the archives administration gave this organ (first part of every 档号)
 * @param retention 保管期限 code (Y, D30, D10) by 文种, and under {@code default} the period of any other 文种
 */
@ConfigurationProperties("gongwen.archive")
public record ArchiveProperties(String fonds, Map<String, String> retention) {

    static final String DEFAULT_KEY = "default";

    public ArchiveProperties {
        fonds = fonds == null || fonds.isBlank() ? "Z011" : fonds.trim();
        retention = retention == null ? Map.of() : Map.copyOf(retention);
    }

    /** Fails at start-up on an unknown period code rather than archiving under a wrong one. */
    public RetentionSchedule schedule() {
        Map<String, Retention> byDocType = new LinkedHashMap<>();
        Retention fallback = Retention.THIRTY_YEARS;
        for (Map.Entry<String, String> entry : retention.entrySet()) {
            Retention period = Retention.ofCode(entry.getValue()).orElseThrow(() -> new IllegalStateException(
                    "gongwen.archive.retention." + entry.getKey() + ": '" + entry.getValue() + "' is not Y, D30 or D10"));
            if (entry.getKey().equals(DEFAULT_KEY)) {
                fallback = period;
            } else {
                byDocType.put(entry.getKey(), period);
            }
        }
        return new RetentionSchedule(byDocType, fallback);
    }
}
