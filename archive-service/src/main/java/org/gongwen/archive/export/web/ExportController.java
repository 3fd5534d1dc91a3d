package org.gongwen.archive.export.web;

import java.nio.charset.StandardCharsets;

import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.export.application.ExportingRecord;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.web.Readers;
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

/** 归档信息包 export and 四性检测 over HTTP: reads of a record, so AUDITOR/CHIEF within clearance, logged. */
@RestController
class ExportController {

    record FourPropertiesView(String documentId, boolean passed, java.util.List<FourProperties.Property> properties) {
    }

    private final ExportingRecord exporting;

    ExportController(ExportingRecord exporting) {
        this.exporting = exporting;
    }

    @GetMapping("/api/archive/records/{documentId}/package")
    Mono<ResponseEntity<byte[]>> export(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            ExportingRecord.Package p = Readers.answer(exporting.export(reader, documentId), documentId);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(p.fileName(), StandardCharsets.UTF_8).build().toString())
                    .body(p.zip());
        });
    }

    @GetMapping("/api/archive/records/{documentId}/four-properties")
    Mono<FourPropertiesView> fourProperties(@AuthenticationPrincipal Jwt jwt, @PathVariable String documentId) {
        Reader reader = Readers.reader(jwt);
        return Readers.blocking(() -> {
            FourProperties.Report r = Readers.answer(exporting.check(reader, documentId), documentId);
            return new FourPropertiesView(documentId, r.passed(), r.properties());
        });
    }
}
