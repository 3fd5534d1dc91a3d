package org.gongwen.drafting.draft.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.gongwen.drafting.draft.application.ReadingVersions;
import org.gongwen.drafting.draft.application.SavedVersion;
import org.gongwen.drafting.draft.domain.ReviewOpinion;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.events.DocumentContent;
import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 痕迹: a draft's versions, one version in full, and the character diff between two (contract addition). */
@RestController
@RequestMapping("/api/drafts/{id}")
class VersionController {

    private final ReadingVersions versions;

    VersionController(ReadingVersions versions) {
        this.versions = versions;
    }

    record VersionSummary(long version, String author, Instant savedAt, String contentHash, List<Integer> submittedAs,
                          List<ReviewOpinion> opinions) {
    }

    record VersionView(long version, String author, Instant savedAt, String contentHash, DocumentContent content) {
        static VersionView of(SavedVersion v) {
            return new VersionView(v.version(), v.author(), v.savedAt(), v.contentHash(), v.content());
        }
    }

    @GetMapping("/versions")
    Mono<List<VersionSummary>> list(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return blocking(() -> Refusals.orThrow(versions.list(DraftController.draftId(id), actor(jwt))).stream()
                .map(e -> new VersionSummary(e.version().version(), e.version().author(), e.version().savedAt(),
                        e.version().contentHash(), e.submittedAs(), e.opinions()))
                .toList());
    }

    @GetMapping("/versions/{version}")
    Mono<VersionView> one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @PathVariable String version) {
        return blocking(() -> VersionView.of(Refusals.orThrow(
                versions.get(DraftController.draftId(id), number("version", version), actor(jwt)))));
    }

    @GetMapping("/diff")
    Mono<ReadingVersions.Diff> diff(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        long a = number("from", from);
        long b = number("to", to);
        return blocking(() -> Refusals.orThrow(versions.diff(DraftController.draftId(id), a, b, actor(jwt))));
    }

    private static long number(String name, String value) {
        try {
            long n = Long.parseLong(value == null ? "" : value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problems.malformedRequest(name + " must be a version number >= 1"));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }

    private static Actor actor(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Actor(caller.username(), caller.name(), caller.unit(), caller.roles(), caller.clearance());
    }
}
