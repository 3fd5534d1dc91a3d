package org.gongwen.archive.rendering.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongwen.kernel.Refusal;

/**
 * Whether a render job may be queued again by hand. The worker gives a job up after its attempts (RenderJobPolicy):
 * a cause that does not heal by waiting — a font missing, then installed; a character no font had, then a font that
 * has it. Once the cause is fixed an archivist re-queues it: the job starts again with all its attempts.
 * <ul>
 * <li>RENDITION-RETRY-1: only 档案 staff (AUDITOR) re-queue; reading the record (CHIEF) is not enough.</li>
 * <li>RENDITION-RETRY-2: only a job that was given up; one pending, or files already stored, are left as they are.</li>
 * </ul>
 */
public final class RenditionRetry {

    /** Where a record's renditions stand (ConsultingRenditions.Summary's state). */
    public enum State {
        RENDERED, PENDING, FAILED, NONE
    }

    private RenditionRetry() {
    }

    /** Empty when the job may be re-queued, else why not. */
    public static Optional<Refusal> refusal(Set<String> roles, State state) {
        return byWhom(roles).or(() -> inState(state));
    }

    /** RENDITION-RETRY-1, asked before the record is looked up. */
    public static Optional<Refusal> byWhom(Set<String> roles) {
        if (!roles.contains("AUDITOR")) {
            return Optional.of(new Refusal(Refusal.Kind.FORBIDDEN, "not-archivist",
                    "仅档案人员可以重新生成版式文件。", "Only AUDITOR (档案) may re-queue a rendition.",
                    "RENDITION-RETRY-1", List.of()));
        }
        return Optional.empty();
    }

    /** RENDITION-RETRY-2. */
    public static Optional<Refusal> inState(State state) {
        if (state != State.FAILED) {
            String zh = switch (state) {
                case RENDERED -> "版式文件已生成";
                case PENDING -> "版式文件正在生成";
                default -> "该档案没有版式文件生成任务";
            };
            return Optional.of(notFailed(zh, state.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** Also the answer when another archivist re-queued it a moment before. */
    public static Refusal notFailed(String zh, String state) {
        return new Refusal(Refusal.Kind.CONFLICT, "rendition-not-failed", zh + "，只有生成失败的任务可以重新排队。",
                "The rendition is " + state + "; only a failed render job can be re-queued.", "RENDITION-RETRY-2",
                List.of());
    }
}
