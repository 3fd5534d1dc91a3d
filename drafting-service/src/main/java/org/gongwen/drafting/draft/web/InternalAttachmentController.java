package org.gongwen.drafting.draft.web;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.ContentSniffer;
import org.gongwen.drafting.draft.application.ReadingAttachments;
import org.gongwen.platform.web.ops.BlockingWork;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /internal/attachments/{sha256}} for archive-service (contract addition): service-to-service, not
 * routed by the gateway, token with role SERVICE. The answer carries {@code Repr-Digest} (RFC 9530) and
 * {@code X-Content-SHA256} so the archive can verify the bytes against the hash it asked for.
 */
@RestController
class InternalAttachmentController {

    private final ReadingAttachments reading;

    InternalAttachmentController(ReadingAttachments reading) {
        this.reading = reading;
    }

    @GetMapping("/internal/attachments/{sha256}")
    Mono<ResponseEntity<byte[]>> file(@AuthenticationPrincipal Jwt jwt, @PathVariable String sha256) {
        return BlockingWork.call(() -> {
            AttachmentFiles.FileContent content = Refusals.orThrow(reading.forService(sha256, DraftController.actor(jwt)));
            return AttachmentController.FileResponses.file(content,
                    content.file().sha256() + ContentSniffer.extension(content.file().contentType()));
        });
    }
}
