package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.UUID;

import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.events.DocumentContent;

/** One save of a draft, never changed afterwards: the material of the 痕迹 (revision trail). */
public record SavedVersion(UUID draftId, long version, DocumentContent content, String contentHash, String author,
                           Instant savedAt) {

    static SavedVersion of(Draft draft, String author, ContentHasher hasher) {
        return new SavedVersion(draft.id(), draft.version(), draft.content(), hasher.of(draft.content()), author,
                draft.updatedAt());
    }
}
