package org.gongwen.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReviewDeadlinesTest {

    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void teJiIsDueInFourHoursJiaJiInADayOtherwiseThreeDays() {
        assertThat(ReviewDeadlines.DEFAULT.dueAt("特急", T)).isEqualTo(T.plus(Duration.ofHours(4)));
        assertThat(ReviewDeadlines.DEFAULT.dueAt("加急", T)).isEqualTo(T.plus(Duration.ofHours(24)));
        assertThat(ReviewDeadlines.DEFAULT.dueAt(null, T)).isEqualTo(T.plus(Duration.ofHours(72)));
    }

    @Test
    void theDurationsAreConfigurable() {
        ReviewDeadlines fast = new ReviewDeadlines(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8));
        assertThat(fast.dueAt("特急", T)).isEqualTo(T.plus(Duration.ofMinutes(30)));
    }
}
