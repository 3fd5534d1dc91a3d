package org.gongwen.archive.search.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongwen.archive.search.application.Cataloguing;
import org.gongwen.archive.search.application.ClassCatalogue;
import org.gongwen.archive.search.domain.Catalogue;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 归档文件目录 of one class (年度, 保管期限, 机构) as JSON or CSV; AUDITOR and CHIEF, within clearance. */
@RestController
class CatalogueController {

    record CatalogueView(String fonds, String fondsName, int year, String retention, String retentionLabel,
                         String unit, List<Catalogue.Entry> items) {
    }

    private final Cataloguing cataloguing;

    CatalogueController(Cataloguing cataloguing) {
        this.cataloguing = cataloguing;
    }

    @GetMapping("/api/archive/catalogue")
    Mono<ResponseEntity<?>> catalogue(@AuthenticationPrincipal Jwt jwt,
                                      @RequestParam(required = false) String year,
                                      @RequestParam(required = false) String retention,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String format) {
        Readers.requireConsulting(jwt);
        ArchivalClass archivalClass = archivalClass(year, retention, unit, format);
        return Readers.blocking(() -> {
            ClassCatalogue r = cataloguing.catalogue(Readers.reader(jwt), archivalClass)
                    .orElseThrow(Readers::forbidden);
            ArchivalClass c = r.archivalClass();
            if ("csv".equals(format)) {
                String name = r.fonds() + "-WS·" + c.year() + "-" + c.retention().code() + "-" + c.unit() + "-目录.csv";
                return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8).build().toString())
                        .body(Catalogue.csv(r.entries()));
            }
            return ResponseEntity.ok(new CatalogueView(r.fonds(), r.fondsName(), c.year(), c.retention().code(),
                    c.retention().label(), c.unit(), r.entries()));
        });
    }

    private static ArchivalClass archivalClass(String year, String retention, String unit, String format) {
        List<Violation> violations = new ArrayList<>();
        Integer y = null;
        try {
            y = year == null ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            y = null;
        }
        if (y == null || y < 1000 || y > 9999) {
            violations.add(Violation.error("query.year", "year", "参数 year 应为四位年份", "year must be a 4-digit year"));
        }
        Retention r = retention == null ? null : Retention.ofCode(retention.trim()).orElse(null);
        if (r == null) {
            violations.add(Violation.error("query.retention", "retention", "参数 retention 应为 Y、D30 或 D10",
                    "retention must be Y, D30 or D10"));
        }
        if (unit == null || unit.isBlank()) {
            violations.add(Violation.error("query.unit", "unit", "参数 unit（机构代码）必填", "unit is required"));
        }
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            violations.add(Violation.error("query.format", "format", "参数 format 应为 json 或 csv",
                    "format must be json or csv"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problems.malformedRequest("catalogue").withViolations(violations));
        }
        return new ArchivalClass(y, r, unit.trim());
    }
}
