package org.gongwen.review.config;

import java.time.Duration;

import org.gongwen.review.domain.ReviewDeadlines;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * review-service settings.
 *
 * @param deadlines time per step by 紧急程度: {@code urgent} (特急), {@code expedited} (加急), {@code normal}
 */
@ConfigurationProperties("gongwen.review")
public record ReviewProperties(Deadlines deadlines) {

    public record Deadlines(Duration urgent, Duration expedited, Duration normal) {
    }

    ReviewDeadlines reviewDeadlines() {
        ReviewDeadlines d = ReviewDeadlines.DEFAULT;
        if (deadlines == null) {
            return d;
        }
        return new ReviewDeadlines(deadlines.urgent() == null ? d.urgent() : deadlines.urgent(),
                deadlines.expedited() == null ? d.expedited() : deadlines.expedited(),
                deadlines.normal() == null ? d.normal() : deadlines.normal());
    }
}
