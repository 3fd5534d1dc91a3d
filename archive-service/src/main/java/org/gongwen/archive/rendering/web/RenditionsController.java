package org.gongwen.archive.rendering.web;

import java.nio.charset.StandardCharsets;

import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.rendering.application.RenderingDocuments;
import org.gongwen.archive.rendering.domain.RenditionFormat;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The issued document as files (issue 18): reads of the record, so AUDITOR/CHIEF within clearance, logged;
 * 404 {@code rendition-not-ready} while the worker has not stored them (or gave up: {@code rendition-failed}); and
 * the archivist's re-queue of a job the worker gave up.
 */
@RestController
class RenditionsController {

    /** A re-queued job: pending again. */
    record RequeuedView(String documentId, String state) {
    }

    private final ConsultingRenditions renditions;
    private final RenderingDocuments rendering;

    RenditionsController(ConsultingRenditions renditions, RenderingDocuments rendering) {
        this.renditions = renditions;
        this.rendering = rendering;
    }

    /**
     * 档案 staff queue a render job the worker gave up again, once its cause is fixed: 202 pending; 409
     * {@code rendition-not-failed} unless it failed (RENDITION-RETRY-2); 403 {@code not-archivist} for the 局长
     * (RENDITION-RETRY-1) and the generic 403 for the other roles; 404 unknown or above clearance.
     */
    @PostMapping("/api/archive/records/{documentId}/rendition/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<RequeuedView> retry(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Readers.requireConsulting(jwt);
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            RenderingDocuments.Requeue answer = rendering.requeue(reader, documentId);
            if (answer instanceof RenderingDocuments.Requeued requeued) {
                return new RequeuedView(requeued.documentId(), "pending");
            }
            if (answer instanceof RenderingDocuments.NotRequeued refused) {
                throw Readers.refused(refused.refusal());
            }
            throw Readers.notFound(documentId);
        });
    }

    @GetMapping("/api/archive/records/{documentId}/rendition.pdf")
    Mono<ResponseEntity<byte[]>> pdf(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        return download(jwt, documentId, RenditionFormat.PDF);
    }

    @GetMapping("/api/archive/records/{documentId}/rendition.ofd")
    Mono<ResponseEntity<byte[]>> ofd(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        return download(jwt, documentId, RenditionFormat.OFD);
    }

    private Mono<ResponseEntity<byte[]>> download(Jwt jwt, String documentId, RenditionFormat format) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            ConsultingRenditions.Download download = Readers.answer(renditions.download(reader, documentId, format),
                    documentId);
            if (download instanceof ConsultingRenditions.NotRendered notRendered) {
                throw new ProblemException(notRendered.failed()
                        ? Problem.of(404, "rendition-failed", "Not found",
                                "该文件的版式文件生成失败，请联系管理员。", "Rendering this document failed; ask an administrator.")
                        : Problem.of(404, "rendition-not-ready", "Not found",
                                "版式文件尚未生成，请稍后再试。", "The rendition is not ready yet; try again shortly."));
            }
            ConsultingRenditions.File file = (ConsultingRenditions.File) download;
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-SHA256", file.sha256())
                    .body(file.data());
        });
    }
}
