package org.gongwen.archive.search.web;

import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.search.application.ConsultingArchive;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.web.Readers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 查档 over HTTP: AUDITOR and CHIEF only, and never beyond the caller's 密级 clearance. */
@RestController
@RequestMapping("/api/archive/records")
class ArchiveRecordsController {

    private final ConsultingArchive consulting;
    private final ConsultingRenditions renditions;

    ArchiveRecordsController(ConsultingArchive consulting, ConsultingRenditions renditions) {
        this.consulting = consulting;
        this.renditions = renditions;
    }

    @GetMapping
    Mono<RecordViews.Page> list(@AuthenticationPrincipal Jwt jwt, @RequestParam MultiValueMap<String, String> params) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> RecordViews.of(
                Readers.answer(consulting.search(reader, () -> RecordQueryParameters.parse(params)), "records")));
    }

    @GetMapping("/{documentId}")
    Mono<RecordViews.Record> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            var record = Readers.answer(consulting.open(reader, documentId), documentId);
            return RecordViews.of(record, renditions.summaryOf(documentId));
        });
    }
}
