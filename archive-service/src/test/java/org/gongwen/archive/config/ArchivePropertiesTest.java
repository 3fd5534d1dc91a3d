package org.gongwen.archive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.gongwen.archive.shared.domain.Retention;
import org.junit.jupiter.api.Test;

class ArchivePropertiesTest {

    @Test
    void theDefaultEntryIsThePeriodOfEveryUnlistedDocType() {
        var schedule = new ArchiveProperties(null, Map.of("纪要", "Y", "函", "D10", "default", "D10")).schedule();
        assertThat(schedule.retentionOf("纪要")).isEqualTo(Retention.PERMANENT);
        assertThat(schedule.retentionOf("请示")).isEqualTo(Retention.TEN_YEARS);
    }

    @Test
    void withoutConfigurationTheFondsIsZ011AndEverythingIsKeptThirtyYears() {
        ArchiveProperties properties = new ArchiveProperties(null, null);
        assertThat(properties.fonds()).isEqualTo("Z011");
        assertThat(properties.schedule().retentionOf("决定")).isEqualTo(Retention.THIRTY_YEARS);
    }

    @Test
    void anUnknownPeriodCodeStopsStartUp() {
        assertThatThrownBy(() -> new ArchiveProperties("Z011", Map.of("函", "D5")).schedule())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gongwen.archive.retention.函");
    }
}
