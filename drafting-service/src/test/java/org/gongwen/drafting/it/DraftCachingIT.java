package org.gongwen.drafting.it;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** A draft changed by an event keeps its ETag (its save count), so that ETag must never answer "not modified". */
class DraftCachingIT extends DraftingServiceIT {

    @Test
    void aDraftChangedByAnEventIsNeverReportedAsNotModified() {
        String id = submitted(create("zhangwei", request()));
        String etag = get("zhangwei", "/api/drafts/" + id).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .returnResult(String.class).getResponseHeaders().getETag();

        publish(new DocumentIssued(id, 1, "江民发〔2026〕9号", new Person("wangqiang", "王强", "JLD"), Instant.now(),
                LocalDate.now(), "0".repeat(64), new DocumentContent("请示", "t", List.of(), List.of(), "b", null, null,
                null, "上行", List.of(), null), new Person("zhangwei", "张伟", "SHJZ"), List.of()));
        await().atMost(DEADLINE).until(() -> "ISSUED".equals(read("zhangwei", id).get("status")));

        web.get().uri("/api/drafts/" + id).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhangwei"))
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ISSUED");
    }
}
