package org.gongwen.review.followup.config;

import org.gongwen.review.followup.application.FollowingUpReviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks for due reminders and escalations every {@code gongwen.review.reminders.scan-interval} (30 s). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "gongwen.review.reminders", name = "scheduler-enabled", havingValue = "true",
        matchIfMissing = true)
class FollowUpScheduler {

    private static final Logger log = LoggerFactory.getLogger(FollowUpScheduler.class);

    private final FollowingUpReviews followingUp;

    FollowUpScheduler(FollowingUpReviews followingUp) {
        this.followingUp = followingUp;
    }

    @Scheduled(fixedDelayString = "${gongwen.review.reminders.scan-interval:30s}", initialDelayString = "5s")
    void run() {
        try {
            int sent = followingUp.runDue();
            if (sent > 0) {
                log.info("Sent {} reminder/escalation events", sent);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next run picks the same work up again
            log.warn("Follow-up run failed: {}", e.toString());
        }
    }
}
