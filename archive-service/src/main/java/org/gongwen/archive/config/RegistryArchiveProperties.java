package org.gongwen.archive.config;

import org.gongwen.archive.accession.domain.RegistrySchedule;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 档号 class (机构(问题) code) and 保管期限 of 收文 and 交办事项 records (issue 17); defaults in
 * {@link RegistrySchedule#defaults()}, the reasons there.
 */
@ConfigurationProperties("gongwen.archive.registry")
public record RegistryArchiveProperties(String incomingClass, String incomingRetention, String matterClass,
                                        String matterRetention) {

    /** Fails at start-up on an unknown period code or an unusable class code rather than archiving under them. */
    public RegistrySchedule schedule() {
        RegistrySchedule defaults = RegistrySchedule.defaults();
        String incoming = code(incomingClass, defaults.incomingCode());
        String matter = code(matterClass, defaults.matterCode());
        return new RegistrySchedule(incoming, period("incoming-retention", incomingRetention,
                defaults.incomingRetention()), matter, period("matter-retention", matterRetention,
                defaults.matterRetention()));
    }

    private static String code(String configured, String fallback) {
        String code = configured == null || configured.isBlank() ? fallback : configured.trim();
        new ArchivalClass(2026, Retention.PERMANENT, code); // the class's own check of a 机构(问题) code
        return code;
    }

    private static Retention period(String key, String configured, Retention fallback) {
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        return Retention.ofCode(configured).orElseThrow(() -> new IllegalStateException(
                "gongwen.archive.registry." + key + ": '" + configured + "' is not Y, D30 or D10"));
    }
}
