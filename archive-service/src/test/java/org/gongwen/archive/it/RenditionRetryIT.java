package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.gongwen.archive.config.RenditionWorker;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 18: a render job the worker gave up is queued again by an archivist (RENDITION-RETRY-1/2), and the worker
 * then renders it; the 局长 and the other roles may not, a job not failed is left alone (409).
 */
class RenditionRetryIT extends ArchiveServiceIT {

    private static final String RETRY = "/api/archive/records/{id}/rendition/retry";

    @Autowired
    RenditionWorker worker;

    @Test
    void anArchivistRequeuesAGivenUpRenderWhichTheWorkerThenRendersAndNothingElseIsRequeued() {
        DocumentContent content = new DocumentContent("函", "江城市民政局关于商请提供医疗救助数据的函",
                List.of("江城市医疗保障局"), List.of("江城市财政局"), "现商请贵局协助提供有关数据。\n特此函商。", null, null,
                null, "平行", List.of(), null);
        DocumentIssued event = issued(freshUnit(), content, DOCUMENT_DATE);
        worker.stop();
        try {
            publish(event);
            awaitArchived(event);
            // as the worker leaves a job it gave up (RenderJobPolicy: attempts spent, the error kept)
            jdbc.sql("""
                            UPDATE archive_render_jobs SET state = 'failed', attempts = 5, failed_at = now(),
                                last_error = 'MissingFontException: 仿宋' WHERE document_id = ?""")
                    .param(event.documentId()).update();
            assertThat(renditionState(event)).isEqualTo("failed");

            post(event.documentId(), "wangqiang").expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:not-archivist");
            post(event.documentId(), "zhangwei").expectStatus().isForbidden();
            post("no-such-record", "zhoushen").expectStatus().isNotFound();
            web.post().uri(RETRY, event.documentId()).exchange().expectStatus().isUnauthorized();
            assertThat(renditionState(event)).as("nothing changed by the refused calls").isEqualTo("failed");

            post(event.documentId(), "zhoushen").expectStatus().isAccepted().expectBody()
                    .jsonPath("$.documentId").isEqualTo(event.documentId())
                    .jsonPath("$.state").isEqualTo("pending");
            Map<String, Object> job = jdbc.sql("""
                            SELECT state, attempts, requeues, requeued_by FROM archive_render_jobs
                            WHERE document_id = ?""").param(event.documentId()).query().singleRow();
            assertThat(job).containsEntry("state", "pending").containsEntry("attempts", 0)
                    .containsEntry("requeues", 1).containsEntry("requeued_by", "zhoushen");
            assertThat(renditionState(event)).isEqualTo("pending");

            post(event.documentId(), "zhoushen").expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith("application/problem+json")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:rendition-not-failed");
        } finally {
            worker.start();
        }
        await().atMost(RenditionsIT.RENDERED).until(() -> "rendered".equals(renditionState(event)));
        post(event.documentId(), "zhoushen").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:rendition-not-failed");
    }

    @Test
    void aRecordAboveTheArchivistsClearanceIsUnknownToTheRetry() {
        DocumentIssued secret = issued(freshUnit(), content("通知", "关于绝密事项的通知", "内容。", "绝密"), DOCUMENT_DATE);
        publish(secret);
        awaitArchived(secret);
        post(secret.documentId(), "zhoushen").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:not-found");
    }

    private WebTestClient.ResponseSpec post(String documentId, String user) {
        return web.post().uri(RETRY, documentId).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .exchange();
    }

    private String renditionState(DocumentIssued event) {
        byte[] body = web.get().uri("/api/archive/records/{id}", event.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen")).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return (String) ((Map<?, ?>) RenditionsIT.JSON.readValue(body, Map.class).get("rendition")).get("state");
    }
}
