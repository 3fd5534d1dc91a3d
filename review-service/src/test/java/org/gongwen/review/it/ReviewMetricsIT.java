package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 9: review durations per level and documents waiting, in Prometheus format, for operators only. */
class ReviewMetricsIT extends ReviewServiceIT {

    @Test
    void prometheusShowsStepDurationsPerLevelAndTheDocumentsWaiting() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        awaitRound(id, 1);
        approveUpTo(id, 1, "sunli");

        // only the meters under test: the whole page (JVM, HTTP, Hikari …) outgrows the test client's buffer
        String metrics = get("admin", "/actuator/prometheus?includedNames=gongwen_review_step_duration_seconds,"
                + "gongwen_review_steps_open,gongwen_review_steps_overdue").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("gongwen_review_step_duration_seconds_count\\{[^}]*level=\"1\"[^}]*} [1-9]")
                .contains("gongwen_review_steps_open").contains("gongwen_review_steps_overdue");
        get("sunli", "/actuator/prometheus").expectStatus().isForbidden();
    }
}
