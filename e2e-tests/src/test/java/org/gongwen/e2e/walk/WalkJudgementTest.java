package org.gongwen.e2e.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the walk counts, without the suite: which described operation a request is, which log lines are errors. */
class WalkJudgementTest {

    @Test
    void aRequestIsTheMostLiteralOperationItsPathMatches() {
        Walk.Described units = Walk.describe("review-service", "GET", "/api/reviews/organisation/units");
        Walk.Described post = Walk.describe("review-service", "GET", "/api/reviews/organisation/{post}");
        Walk.Described acting = Walk.describe("review-service", "GET", "/api/reviews/organisation/acting/{id}");
        Walk.Described postUnit = Walk.describe("review-service", "GET", "/api/reviews/organisation/{post}/{unit}");

        assertThat(units.literals()).isEqualTo(4);
        assertThat(post.literals()).isEqualTo(3);
        assertThat(post.pattern().matcher("/api/reviews/organisation/units").matches()).isTrue();
        assertThat(post.pattern().matcher("/api/reviews/organisation/units/X").matches()).isFalse();
        assertThat(acting.literals()).isGreaterThan(postUnit.literals());
        assertThat(Walk.describe("archive-service", "GET", "/api/archive/checkpoints/{treeSize}").pattern()
                .matcher("/api/archive/checkpoints/12").matches()).isTrue();
    }

    @Test
    void theGatewayRoutesByPrefixAndAnApplicationCalledDirectlyOwnsItsPaths() {
        assertThat(Walk.owner(Walk.GATEWAY, "/api/drafts")).isEqualTo("drafting-service");
        assertThat(Walk.owner(Walk.GATEWAY, "/api/drafts/1/check")).isEqualTo("drafting-service");
        assertThat(Walk.owner(Walk.GATEWAY, "/api/draftsmen")).isEqualTo(Walk.GATEWAY);
        assertThat(Walk.owner(Walk.GATEWAY, "/api/reviews/inbox")).isEqualTo("review-service");
        assertThat(Walk.owner(Walk.GATEWAY, "/api/archive/records")).isEqualTo("archive-service");
        assertThat(Walk.owner(Walk.GATEWAY, "/dev/token")).isEqualTo(Walk.GATEWAY);
        assertThat(Walk.owner("drafting-service", "/internal/attachments/ab")).isEqualTo("drafting-service");
    }

    @Test
    void errorLinesInBootsTextAndJsonFormatsWithTheirStackTraceButNotWarningsOrMessagesMentioningErrors() {
        List<String> lines = List.of(
                "2026-12-04T17:37:00.902Z  WARN 24098 --- [archive-service] [main] o.f.c.DbMigrate : outOfOrder",
                "2026-12-04T17:37:01.000Z  INFO 24098 --- [archive-service] [main] o.g.X : an ERROR in a message",
                "2026-12-04T17:37:02.000Z ERROR 24098 --- [archive-service] [reactor-1] o.g.p.w.ProblemExceptionHandler"
                        + " : Unhandled error 42 on GET /api/archive/records",
                "java.lang.IllegalStateException: boom",
                "\tat org.gongwen.archive.X.y(X.java:1)",
                "2026-12-04T17:37:03.000Z  INFO 24098 --- [archive-service] [main] o.g.X : fine",
                "{\"@timestamp\":\"2026-12-04T17:37:04Z\",\"log.level\":\"ERROR\",\"message\":\"Parked\"}",
                "Exception in thread \"relay\" java.lang.OutOfMemoryError: Java heap space");

        List<String> errors = SuiteLogs.errors(Map.of("archive-service", lines));

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("archive-service: 2026-12-04T17:37:02.000Z ERROR")
                .contains("IllegalStateException: boom").contains("at org.gongwen.archive.X.y")
                .doesNotContain("fine");
        assertThat(errors.get(1)).contains("\"log.level\":\"ERROR\"");
        assertThat(errors.get(2)).contains("Exception in thread");
        assertThat(SuiteLogs.warnings(Map.of("archive-service", lines))).hasSize(1);
    }
}
