package org.gongwen.review.decision.persistence;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Review figures for Prometheus, read from the steps themselves so that every instance reports the same numbers:
 * how long each level takes to decide (gongwen_review_step_duration_seconds_{count,sum}{level}), and how many
 * documents wait at a desk and how many of those are overdue ("五不": 不让文件在我手中延误、积压).
 */
@Component
class ReviewMetrics implements MeterBinder {

    /** Levels reported individually; deeper chains are rare and still counted in the open/overdue gauges. */
    private static final int LEVELS = 4;

    private final JdbcClient jdbc;

    ReviewMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (int level = 1; level <= LEVELS; level++) {
            int at = level;
            FunctionTimer.builder("gongwen.review.step.duration", this, m -> m.decided(at).count(),
                            m -> m.decided(at).seconds(), TimeUnit.SECONDS)
                    .description("time from a step's assignment to its decision, by chain level")
                    .tag("level", Integer.toString(level))
                    .register(registry);
        }
        Gauge.builder("gongwen.review.steps.open", this, m -> m.waiting(false))
                .description("documents waiting at a reviewer's desk").register(registry);
        Gauge.builder("gongwen.review.steps.overdue", this, m -> m.waiting(true))
                .description("documents waiting past their due time").register(registry);
    }

    private record Decided(long count, double seconds) {
    }

    private Decided decided(int level) {
        try {
            Map<String, Object> row = jdbc.sql("""
                            SELECT count(*) AS n, coalesce(sum(extract(epoch FROM decided_at - assigned_at)), 0) AS s
                            FROM review_steps WHERE level = :level AND decided_at IS NOT NULL AND assigned_at IS NOT NULL""")
                    .param("level", level).query().singleRow();
            return new Decided(((Number) row.get("n")).longValue(), ((Number) row.get("s")).doubleValue());
        } catch (RuntimeException databaseAway) {
            return new Decided(0, 0);
        }
    }

    private double waiting(boolean overdueOnly) {
        try {
            return jdbc.sql("""
                            SELECT count(*) FROM review_steps s
                            JOIN review_rounds r ON r.document_id = s.document_id AND r.revision = s.revision
                            WHERE r.status = 'IN_REVIEW' AND s.level = r.current_level AND s.decided_at IS NULL
                              AND (:overdueOnly = false OR s.due_at < now())""")
                    .param("overdueOnly", overdueOnly).query(Long.class).single();
        } catch (RuntimeException databaseAway) {
            return Double.NaN;
        }
    }
}
