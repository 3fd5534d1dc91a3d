package org.gongwen.archive.log.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.log.application.AccessLog;
import org.gongwen.archive.log.domain.AccessLogPolicy;
import org.gongwen.archive.shared.web.Readers;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.gongwen.platform.web.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 查档记录: ADMIN, or an AUDITOR about anyone but themselves (a second auditor checks the first). */
@RestController
class AccessLogController {

    record EntryView(String id, String reader, String readerName, String roles, String action, String documentId,
                     String outcome, Instant at) {
    }

    record PageView(List<EntryView> items, int page, int size, long total) {
    }

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/archive/access-log")
    Mono<PageView> find(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String reader,
                        @RequestParam(required = false) String documentId,
                        @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Caller caller = Caller.from(jwt);
        String readerFilter = reader == null || reader.isBlank() ? null : reader.trim();
        AccessLogPolicy.Scope scope = AccessLogPolicy.scope(caller.username(), caller.roles(),
                Optional.ofNullable(readerFilter));
        if (scope instanceof AccessLogPolicy.Refused refused) {
            throw new ProblemException(Problems.forbidden(refused.refusal().messageZh(), refused.refusal().messageEn()));
        }
        String excluded = scope instanceof AccessLogPolicy.AllBut allBut ? allBut.excluded() : null;
        int p = bounded("page", page, 0, 0, Integer.MAX_VALUE);
        int s = bounded("size", size, 50, 1, 200);
        String document = documentId == null || documentId.isBlank() ? null : documentId.trim();
        return Readers.blocking(() -> new PageView(accessLog.find(readerFilter, document, excluded, p, s).stream()
                .map(e -> new EntryView(e.id().toString(), e.reader(), e.readerName(), e.roles(), e.action(),
                        e.documentId(), e.shown() ? "shown" : "not-found", e.at())).toList(), p, s,
                accessLog.count(readerFilter, document, excluded)));
    }

    private static int bounded(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(Problems.malformedRequest(name).withViolations(List.of(Violation.error(
                "query." + name, name, "参数 " + name + " 应为 " + min + " 到 " + max + " 之间的整数：" + raw,
                name + " must be an integer from " + min + " to " + max + ": " + raw))));
    }
}
