package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.gongwen.events.DocumentIssued;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Corrections as new linked entries with a reason (each a leaf of the log); legal hold blocks disposal. */
class AmendmentsIT extends ArchiveServiceIT {

    @Test
    void aRetentionCorrectionIsANewEntryWithReasonAndALeafTheRecordItselfUnchanged() {
        DocumentIssued event = issued(freshUnit(), "函");
        publish(event);
        String archiveNo = archiveNoOf(event.documentId());

        post("zhoushen", event.documentId(), "/corrections",
                Map.of("field", "retention", "value", "D30", "reason", "经鉴定具有长期参考价值"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.previousValue").isEqualTo("D10").jsonPath("$.newValue").isEqualTo("D30")
                .jsonPath("$.actor").isEqualTo("zhoushen");

        get("zhoushen", event.documentId(), "/amendments").expectStatus().isOk().expectBody()
                .jsonPath("$.metadata.retention").isEqualTo("D30")
                .jsonPath("$.corrections.length()").isEqualTo(1)
                .jsonPath("$.corrections[0].reason").isEqualTo("经鉴定具有长期参考价值");
        // 档号 is stable once assigned (DA/T 13 稳定性): the record still carries its original class
        get("zhoushen", event.documentId(), "").expectStatus().isOk().expectBody()
                .jsonPath("$.archiveNo").isEqualTo(archiveNo).jsonPath("$.retention").isEqualTo("D10");
        await().atMost(DEADLINE).until(() -> jdbc.sql(
                "SELECT count(*) FROM archive_log_leaves WHERE kind = 'correction' AND document_id = ?")
                .param(event.documentId()).query(Long.class).single() == 1);
    }

    @Test
    void aCorrectionNeedsAReasonAnArchivistAndACorrectableField() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);
        post("zhoushen", event.documentId(), "/corrections", Map.of("field", "retention", "value", "Y"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:reason-required");
        post("zhoushen", event.documentId(), "/corrections", Map.of("field", "title", "value", "x", "reason", "r"))
                .expectStatus().isEqualTo(422);
        post("zhoushen", event.documentId(), "/corrections", Map.of("field", "retention", "value", "D7", "reason", "r"))
                .expectStatus().isEqualTo(422);
        post("wangqiang", event.documentId(), "/corrections", Map.of("field", "note", "value", "x", "reason", "r"))
                .expectStatus().isForbidden();
        post("zhangwei", event.documentId(), "/corrections", Map.of("field", "note", "value", "x", "reason", "r"))
                .expectStatus().isForbidden();
    }

    @Test
    void aLegalHoldBlocksDisposalUntilReleased() {
        DocumentIssued event = issued(freshUnit(), content("函", "关于商请提供资料的函", "请提供。", null),
                java.time.LocalDate.of(2010, 5, 4));
        publish(event);
        awaitArchived(event);
        get("zhoushen", event.documentId(), "/disposal").expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(true).jsonPath("$.retentionEnds").isEqualTo("2021-01-01");

        post("wangqiang", event.documentId(), "/legal-hold", Map.of("reason", "审计调查中")).expectStatus().isCreated();
        post("wangqiang", event.documentId(), "/legal-hold", Map.of("reason", "again")).expectStatus().isEqualTo(409);
        get("zhoushen", event.documentId(), "/disposal").expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(false).jsonPath("$.legalHold").isEqualTo(true)
                .jsonPath("$.blockers[0].code").isEqualTo("legal-hold");

        post("zhoushen", event.documentId(), "/legal-hold/release", Map.of("reason", "调查结束"))
                .expectStatus().isCreated();
        get("zhoushen", event.documentId(), "/disposal").expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(true);
    }

    private WebTestClient.ResponseSpec post(String user, String documentId, String path, Map<String, String> body) {
        return web.post().uri("/api/archive/records/" + documentId + path)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String user, String documentId, String path) {
        return web.get().uri("/api/archive/records/" + documentId + path)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user)).exchange();
    }
}
