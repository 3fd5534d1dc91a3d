package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.gongwen.archive.shared.domain.Retention;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private final RetentionSchedule schedule = new RetentionSchedule(
            Map.of("决定", Retention.PERMANENT, "纪要", Retention.PERMANENT, "函", Retention.TEN_YEARS),
            Retention.THIRTY_YEARS);

    @Test
    void aDocTypeInTheTableGetsItsPeriod() {
        assertThat(schedule.retentionOf("决定")).isEqualTo(Retention.PERMANENT);
        assertThat(schedule.retentionOf("函")).isEqualTo(Retention.TEN_YEARS);
    }

    @Test
    void aDocTypeNotInTheTableGetsTheDefault() {
        assertThat(schedule.retentionOf("请示")).isEqualTo(Retention.THIRTY_YEARS);
        assertThat(schedule.retentionOf(null)).isEqualTo(Retention.THIRTY_YEARS);
    }

    @Test
    void aScheduleWithoutDefaultIsRefused() {
        assertThatThrownBy(() -> new RetentionSchedule(Map.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
