package org.gongwen.drafting.draft.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.attachment.domain.ContentSniffer;
import org.gongwen.drafting.draft.application.ChangingAttachments.Upload;
import org.gongwen.drafting.draft.application.ChangingAttachments;
import org.gongwen.drafting.draft.application.ReadingAttachments;
import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 附件 (contract addition): multipart upload ({@code file}, optional {@code name} = 附件名称), replace, remove —
 * each with If-Match and answered with the draft's new version — and download by the 附件说明's number.
 */
@RestController
@RequestMapping("/api/drafts/{id}/attachments")
class AttachmentController {

    /** Room for the multipart framing and the name part around the file itself. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final ChangingAttachments changing;
    private final ReadingAttachments reading;
    private final AttachmentLimits limits;

    AttachmentController(ChangingAttachments changing, ReadingAttachments reading, AttachmentLimits limits) {
        this.changing = changing;
        this.reading = reading;
        this.limits = limits;
    }

    @PostMapping
    Mono<ResponseEntity<DraftView>> upload(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           ServerWebExchange exchange) {
        UUID draftId = DraftController.draftId(id);
        return upload(exchange).flatMap(upload -> blocking(() -> {
            ChangingAttachments.Attached attached = Refusals.orThrow(changing.attach(draftId, DraftController.actor(jwt),
                    DraftController.expectedVersion(ifMatch), upload));
            DraftView view = DraftView.of(attached.draft());
            return ResponseEntity.created(URI.create("/api/drafts/" + id + "/attachments/" + attached.number()))
                    .eTag(view.etag()).body(view);
        }));
    }

    @PutMapping("/{number}")
    Mono<ResponseEntity<DraftView>> replace(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                            @PathVariable String number,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            ServerWebExchange exchange) {
        UUID draftId = DraftController.draftId(id);
        int n = number(number);
        return upload(exchange).flatMap(upload -> blocking(() -> ok(Refusals.orThrow(changing.replace(draftId,
                DraftController.actor(jwt), DraftController.expectedVersion(ifMatch), n, upload)))));
    }

    @DeleteMapping("/{number}")
    Mono<ResponseEntity<DraftView>> remove(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                           @PathVariable String number,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UUID draftId = DraftController.draftId(id);
        int n = number(number);
        return blocking(() -> ok(Refusals.orThrow(changing.remove(draftId, DraftController.actor(jwt),
                DraftController.expectedVersion(ifMatch), n))));
    }

    /** The file of entry {@code number}; with {@code ?version=} as that saved version listed it. */
    @GetMapping("/{number}")
    Mono<ResponseEntity<byte[]>> download(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
                                          @PathVariable String number,
                                          @RequestParam(required = false) String version) {
        UUID draftId = DraftController.draftId(id);
        int n = number(number);
        Long v = version == null ? null : (long) number(version);
        return blocking(() -> {
            ReadingAttachments.Download d = Refusals.orThrow(reading.download(draftId, n, v, DraftController.actor(jwt)));
            return FileResponses.file(d.content(), d.name() + ContentSniffer.extension(d.content().file().contentType()));
        });
    }

    private ResponseEntity<DraftView> ok(org.gongwen.drafting.draft.domain.Draft draft) {
        DraftView view = DraftView.of(draft);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /**
     * The {@code file} part, read up to the per-file limit and no further: a declared length far beyond it is
     * refused before reading, a longer stream stops at the limit. Either way the 413 names gongwen's limit.
     */
    private Mono<Upload> upload(ServerWebExchange exchange) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limits.maxFileBytes() + ENVELOPE_BYTES) {
            return Mono.error(tooLarge());
        }
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return Mono.error(new ProblemException(Problems.malformedRequest(
                    "send the file as multipart/form-data with a part named file")));
        }
        return exchange.getMultipartData()
                .flatMap(parts -> read(parts))
                .onErrorMap(AttachmentController::isLimit, e -> tooLarge());
    }

    private Mono<Upload> read(MultiValueMap<String, Part> parts) {
        if (!(parts.getFirst("file") instanceof FilePart file)) {
            return Mono.error(new ProblemException(Problems.malformedRequest("a file part named file is required")));
        }
        String name = parts.getFirst("name") instanceof FormFieldPart field ? field.value() : null;
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return new Upload(file.filename(), name, bytes);
                })
                .defaultIfEmpty(new Upload(file.filename(), name, new byte[0]));
    }

    private static boolean isLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataBufferLimitException) {
                return true;
            }
        }
        return false;
    }

    private ProblemException tooLarge() {
        return new ProblemException(Refusals.problem(AttachmentLimits.fileTooLarge(limits.maxFileBytes()))
                .with("limitBytes", limits.maxFileBytes()));
    }

    private static int number(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problems.malformedRequest("an attachment or version number is >= 1"));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }

    /** Shared with the internal endpoint: the bytes with their type and the digest archive-service verifies. */
    static final class FileResponses {

        private FileResponses() {
        }

        static ResponseEntity<byte[]> file(AttachmentFiles.FileContent content, String filename) {
            String sha = content.file().sha256();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(content.file().contentType()))
                    .contentLength(content.bytes().length)
                    .eTag("\"" + sha + "\"")
                    .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder()
                            .encodeToString(java.util.HexFormat.of().parseHex(sha)) + ":")
                    .header("X-Content-SHA256", sha)
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(filename, StandardCharsets.UTF_8).build().toString())
                    .body(content.bytes());
        }
    }
}
