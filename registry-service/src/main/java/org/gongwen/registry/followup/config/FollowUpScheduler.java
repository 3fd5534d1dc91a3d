package org.gongwen.registry.followup.config;

import org.gongwen.registry.followup.application.FollowingUpItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for due 催办 every {@code gongwen.registry.follow-up.scan-interval} (30 s) on every instance; the claim in
 * the database keeps two instances from sending one notice twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "gongwen.registry.follow-up", name = "scheduler-enabled", havingValue = "true",
        matchIfMissing = true)
class FollowUpScheduler {

    private static final Logger log = LoggerFactory.getLogger(FollowUpScheduler.class);

    private final FollowingUpItems followingUp;

    FollowUpScheduler(FollowingUpItems followingUp) {
        this.followingUp = followingUp;
    }

    @Scheduled(fixedDelayString = "${gongwen.registry.follow-up.scan-interval:30s}", initialDelayString = "5s")
    void run() {
        try {
            int sent = followingUp.runDue();
            if (sent > 0) {
                log.info("Sent {} 催办 notices", sent);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next run picks the same work up again
            log.warn("Follow-up run failed: {}", e.toString());
        }
    }
}
