package org.gongwen.drafting.draft.application;

import org.gongwen.events.DocumentContent;

/**
 * The content hash of a draft's content ({@code contentHash} of a saved version and of {@code draft.submitted}): the
 * platform's {@code ContentHash.of} (SHA-256 over canonical JSON, which needs Jackson), behind a port so the
 * application layer stays plain Java. Wired in {@code DraftingConfiguration}.
 */
@FunctionalInterface
public interface ContentHasher {

    String of(DocumentContent content);
}
