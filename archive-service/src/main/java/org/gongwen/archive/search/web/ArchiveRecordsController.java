package org.gongwen.archive.search.web;

import java.util.List;

import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.search.application.ConsultingArchive;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.application.RevisionLinks;
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
    private final RevisionLinks revisions;

    ArchiveRecordsController(ConsultingArchive consulting, ConsultingRenditions renditions, RevisionLinks revisions) {
        this.consulting = consulting;
        this.renditions = renditions;
        this.revisions = revisions;
    }

    @GetMapping
    Mono<RecordViews.Page> list(@AuthenticationPrincipal Jwt jwt, @RequestParam MultiValueMap<String, String> params) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            var page = Readers.answer(consulting.search(reader, () -> RecordQueryParameters.parse(params)), "records");
            // one statement for the page: which of its records are corrected or corrections (更正)
            return RecordViews.of(page, revisions.touching(page.items().stream().map(r -> r.documentId()).toList()));
        });
    }

    @GetMapping("/{documentId}")
    Mono<RecordViews.Record> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            var record = Readers.answer(consulting.open(reader, documentId), documentId);
            return RecordViews.of(record, renditions.summaryOf(documentId), revisions.touching(List.of(documentId)));
        });
    }
}
