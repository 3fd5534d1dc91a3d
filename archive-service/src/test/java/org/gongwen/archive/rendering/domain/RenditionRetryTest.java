package org.gongwen.archive.rendering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gongwen.archive.rendering.domain.RenditionRetry.State;
import org.gongwen.kernel.Refusal;
import org.junit.jupiter.api.Test;

/** Re-queuing a render job the worker gave up: RENDITION-RETRY-1 (who) and RENDITION-RETRY-2 (which state). */
class RenditionRetryTest {

    @Test
    void rendition_retry_1_only_archivists_requeue_the_chief_reads_but_may_not() {
        assertThat(RenditionRetry.refusal(Set.of("AUDITOR"), State.FAILED)).isEmpty();
        assertThat(RenditionRetry.refusal(Set.of("CHIEF"), State.FAILED)).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(r.code()).isEqualTo("not-archivist");
            assertThat(r.rule()).isEqualTo("RENDITION-RETRY-1");
        });
        assertThat(RenditionRetry.refusal(Set.of("CLERK", "ADMIN"), State.FAILED)).isPresent();
    }

    @Test
    void rendition_retry_2_only_a_given_up_job_is_requeued() {
        for (State state : new State[] {State.RENDERED, State.PENDING, State.NONE}) {
            assertThat(RenditionRetry.refusal(Set.of("AUDITOR"), state)).as(state.name()).hasValueSatisfying(r -> {
                assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                assertThat(r.code()).isEqualTo("rendition-not-failed");
                assertThat(r.rule()).isEqualTo("RENDITION-RETRY-2");
                assertThat(r.messageEn()).contains(state.name().toLowerCase(java.util.Locale.ROOT));
                assertThat(r.messageZh()).contains("只有生成失败的任务可以重新排队");
            });
        }
    }
}
