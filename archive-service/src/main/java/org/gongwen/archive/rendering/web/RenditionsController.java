package org.gongwen.archive.rendering.web;

import java.nio.charset.StandardCharsets;

import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.rendering.domain.RenditionFormat;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The issued document as files (issue 18): reads of the record, so AUDITOR/CHIEF within clearance, logged;
 * 404 {@code rendition-not-ready} while the worker has not stored them (or gave up: {@code rendition-failed}).
 */
@RestController
class RenditionsController {

    private final ConsultingRenditions renditions;

    RenditionsController(ConsultingRenditions renditions) {
        this.renditions = renditions;
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
