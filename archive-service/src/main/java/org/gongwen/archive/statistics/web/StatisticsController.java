package org.gongwen.archive.statistics.web;

import java.time.Duration;
import java.util.List;

import org.gongwen.archive.shared.web.Readers;
import org.gongwen.archive.statistics.application.Statistics;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 档案统计 for AUDITOR and CHIEF. Overdue = a step that took longer than the review-service's time per step for the
 * document's 紧急程度 (4h / 1d / 3d by default), counted in calendar time: the archive has no working calendar.
 */
@RestController
class StatisticsController {

    private final Statistics statistics;
    private final long[] limits;

    StatisticsController(Statistics statistics,
                         @Value("${gongwen.archive.statistics.urgent:4h}") Duration urgent,
                         @Value("${gongwen.archive.statistics.expedited:1d}") Duration expedited,
                         @Value("${gongwen.archive.statistics.normal:3d}") Duration normal) {
        this.statistics = statistics;
        this.limits = new long[] {urgent.toSeconds(), expedited.toSeconds(), normal.toSeconds()};
    }

    @GetMapping("/api/archive/statistics")
    Mono<Statistics.Report> report(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String year) {
        Readers.requireConsulting(jwt);
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                y = -1;
            }
            if (y < 1000 || y > 9999) {
                throw new ProblemException(Problems.malformedRequest("year").withViolations(List.of(Violation.error(
                        "query.year", "year", "参数 year 应为一个四位年份：" + year, "year must be a 4-digit year: " + year))));
            }
        }
        Integer filter = y;
        return Readers.blocking(() -> statistics.report(Readers.clearance(jwt), filter, limits));
    }
}
