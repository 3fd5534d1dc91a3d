package org.gongwen.drafting.draft.application;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.DraftStatus;

/** Where drafts and their saved versions are kept. */
public interface Drafts {

    Optional<Draft> find(UUID id);

    /** The draft, locked until the current transaction ends, so that concurrent changes queue up. */
    Optional<Draft> lock(UUID id);

    void insert(Draft draft);

    void update(Draft draft);

    void saveVersion(SavedVersion version);

    /** Every saved version, oldest first. */
    java.util.List<SavedVersion> versions(UUID id);

    Optional<SavedVersion> version(UUID id, long version);

    void recordSubmission(Submission submission);

    java.util.List<Submission> submissions(UUID id);

    DraftPage byDrafter(String drafter, DraftStatus status, int page, int size);
}
