package org.gongwen.drafting.draft.application;

import java.util.List;
import java.util.UUID;

import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.ReviewOpinion;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.drafting.trail.domain.ContentDiff;

/**
 * 痕迹: a draft's saved versions, each with the revisions submitted from it and the reviewers' opinions on those
 * rounds, one version in full, and the diff between any two. Whoever may read the draft may read its trail.
 */
public final class ReadingVersions {

    private final Drafts drafts;
    private final ReadingDrafts reading;

    public ReadingVersions(Drafts drafts, ReadingDrafts reading) {
        this.drafts = drafts;
        this.reading = reading;
    }

    /** One saved version as the trail lists it. */
    public record VersionEntry(SavedVersion version, List<Integer> submittedAs, List<ReviewOpinion> opinions) {
    }

    public record Diff(long from, long to, List<ContentDiff.Change> changes) {
    }

    public Result<List<VersionEntry>> list(UUID id, Actor reader) {
        return readable(id, reader, draft -> {
            List<Submission> submissions = drafts.submissions(id);
            return Result.ok(drafts.versions(id).stream().map(v -> {
                List<Integer> revisions = submissions.stream().filter(s -> s.version() == v.version())
                        .map(Submission::revision).toList();
                List<ReviewOpinion> opinions = draft.history().stream()
                        .filter(o -> revisions.contains(o.revision())).toList();
                return new VersionEntry(v, revisions, opinions);
            }).toList());
        });
    }

    public Result<SavedVersion> get(UUID id, long version, Actor reader) {
        return readable(id, reader, draft -> drafts.version(id, version)
                .map(Result::ok).orElseGet(() -> Result.refused(unknownVersion(version))));
    }

    public Result<Diff> diff(UUID id, long from, long to, Actor reader) {
        return readable(id, reader, draft -> {
            var a = drafts.version(id, from);
            var b = drafts.version(id, to);
            if (a.isEmpty() || b.isEmpty()) {
                return Result.refused(unknownVersion(a.isEmpty() ? from : to));
            }
            return Result.ok(new Diff(from, to, ContentDiff.of(a.get().content(), b.get().content())));
        });
    }

    private <T> Result<T> readable(UUID id, Actor reader, java.util.function.Function<Draft, Result<T>> then) {
        Result<Draft> draft = reading.get(id, reader);
        return draft instanceof Result.Ok<Draft> ok ? then.apply(ok.value())
                : Result.refused(((Result.Refused<Draft>) draft).refusal());
    }

    static Refusal unknownVersion(long version) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, "version-not-found", "公文没有第 " + version + " 版。",
                "The draft has no version " + version + ".");
    }
}
