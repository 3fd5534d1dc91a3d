package org.gongwen.drafting.draft.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.gongwen.drafting.draft.application.CreatingDraft;
import org.gongwen.drafting.draft.application.DraftPage;
import org.gongwen.drafting.draft.application.EditingDraft;
import org.gongwen.drafting.draft.application.ReadingDrafts;
import org.gongwen.drafting.draft.application.SubmittingDraft;
import org.gongwen.drafting.draft.domain.DraftStatus;
import org.gongwen.drafting.draft.domain.ReplyTo;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.drafting.template.domain.DraftTemplates;
import org.gongwen.drafting.template.domain.ReplySkeletons;
import org.gongwen.events.DocumentContent;
import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/drafts")
class DraftController {

    private static final int MAX_PAGE_SIZE = 100;

    private final CreatingDraft creating;
    private final EditingDraft editing;
    private final ReadingDrafts reading;
    private final SubmittingDraft submitting;
    private final DraftTemplates templates;
    private final ReplySkeletons replies;

    DraftController(CreatingDraft creating, EditingDraft editing, ReadingDrafts reading, SubmittingDraft submitting,
                    DraftTemplates templates, ReplySkeletons replies) {
        this.templates = templates;
        this.replies = replies;
        this.creating = creating;
        this.editing = editing;
        this.reading = reading;
        this.submitting = submitting;
    }

    @PostMapping
    Mono<ResponseEntity<DraftView>> create(@AuthenticationPrincipal Jwt jwt, @RequestBody DraftRequest request) {
        ReplyTo link = ReplyRequests.link(request);
        DocumentContent content = link != null ? request.over(ReplyRequests.skeleton(replies, request, actor(jwt)))
                : request.template() == null ? request.toContent()
                : request.over(TemplateController.skeleton(templates, request, actor(jwt)));
        return blocking(() -> {
            DraftView view = DraftView.of(Refusals.orThrow(creating.create(actor(jwt), content, link)));
            return ResponseEntity.created(URI.create("/api/drafts/" + view.id())).eTag(view.etag()).body(view);
        });
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<DraftView>> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return blocking(() -> withEtag(HttpStatus.OK, DraftView.of(Refusals.orThrow(reading.get(draftId(id), actor(jwt))))));
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<DraftView>> edit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody DraftRequest request) {
        return blocking(() -> withEtag(HttpStatus.OK, DraftView.of(Refusals.orThrow(
                editing.edit(draftId(id), actor(jwt), request.toContent(), expectedVersion(ifMatch))))));
    }

    @GetMapping
    Mono<Map<String, Object>> mine(@AuthenticationPrincipal Jwt jwt,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        DraftStatus wanted = status(status);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(Problems.malformedRequest("page must be >= 0 and size 1.." + MAX_PAGE_SIZE));
        }
        return blocking(() -> {
            DraftPage found = reading.mine(actor(jwt), wanted, page, size);
            return Map.of("items", found.items().stream().map(DraftView::of).toList(), "page", found.page(),
                    "size", found.size(), "total", found.total());
        });
    }

    @PostMapping("/{id}/check")
    Mono<Map<String, List<ViolationView>>> check(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return blocking(() -> Map.of("violations",
                Refusals.orThrow(reading.check(draftId(id), actor(jwt))).stream().map(ViolationView::of).toList()));
    }

    @PostMapping("/{id}/submit")
    Mono<ResponseEntity<DraftView>> submit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return blocking(() -> withEtag(HttpStatus.ACCEPTED,
                DraftView.of(Refusals.orThrow(submitting.submit(draftId(id), actor(jwt))))));
    }

    /** 更正 after 签发 (issue 18): 202 like a submission; the correction goes to the original signer. */
    @PostMapping("/{id}/correction")
    Mono<ResponseEntity<DraftView>> correct(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                            @RequestBody DraftRequest request) {
        return blocking(() -> withEtag(HttpStatus.ACCEPTED, DraftView.of(Refusals.orThrow(
                submitting.correct(draftId(id), actor(jwt), request::correctionOf, request.reason())))));
    }

    @PostMapping("/{id}/withdraw")
    Mono<ResponseEntity<DraftView>> withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return blocking(() -> withEtag(HttpStatus.OK,
                DraftView.of(Refusals.orThrow(submitting.withdraw(draftId(id), actor(jwt))))));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }

    private static ResponseEntity<DraftView> withEtag(HttpStatus status, DraftView view) {
        return ResponseEntity.status(status).eTag(view.etag()).body(view);
    }

    static Actor actor(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Actor(caller.username(), caller.name(), caller.unit(), caller.roles(), caller.clearance());
    }

    /** An id that is not even a UUID names no draft: 404 like any other unknown id, not a 400. */
    static UUID draftId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problems.notFound("公文不存在。", "No such draft."));
        }
    }

    private static DraftStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DraftStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problems.malformedRequest("unknown status " + status));
        }
    }

    /** {@code "3"} or {@code W/"3"}; anything else cannot match a version and so is stale. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
