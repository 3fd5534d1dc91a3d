package org.gongwen.archive.it;

import java.time.LocalDate;

import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Issue 5 "statistics for auditors": per unit, kind and month; review time per level from the trails. */
class StatisticsIT extends ArchiveServiceIT {

    @Test
    void countsPerUnitKindAndMonthAndReviewTimesPerLevelWithinTheReadersClearance() {
        // a year no other test uses, so the figures are this test's own
        LocalDate date = LocalDate.of(1999, 4, 8);
        String unit = freshUnit();
        DocumentIssued a = issued(unit, content("请示", "关于统计的请示", "正文", null), date);
        DocumentIssued b = issued(unit, content("通知", "关于统计的通知", "正文", null), date);
        DocumentIssued hidden = issued(unit, content("通知", "关于绝密统计的通知", "正文", "绝密"), date);
        publish(a);
        publish(b);
        publish(hidden);
        awaitArchived(a, b, hidden);

        web.get().uri("/api/archive/statistics?year=1999")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.records").isEqualTo(2)
                .jsonPath("$.byUnit[0].key").isEqualTo(unit)
                .jsonPath("$.byUnit[0].count").isEqualTo(2)
                .jsonPath("$.byDocType.length()").isEqualTo(2)
                .jsonPath("$.byMonth[0].key").isEqualTo("1999-04")
                // the test trail: 100 s per level (issued() in ArchiveServiceIT)
                .jsonPath("$.reviewTimes[0].level").isEqualTo(1)
                .jsonPath("$.reviewTimes[0].steps").isEqualTo(2)
                .jsonPath("$.reviewTimes[0].medianSeconds").isEqualTo(100.0)
                .jsonPath("$.reviewTimes[0].p90Seconds").isEqualTo(100.0)
                .jsonPath("$.reviewTimes[0].overdue").isEqualTo(0);
        web.get().uri("/api/archive/statistics?year=1999")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.records").isEqualTo(3);
        web.get().uri("/api/archive/statistics?year=99")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang")).exchange()
                .expectStatus().isBadRequest();
        web.get().uri("/api/archive/statistics")
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei")).exchange()
                .expectStatus().isForbidden();
    }
}
