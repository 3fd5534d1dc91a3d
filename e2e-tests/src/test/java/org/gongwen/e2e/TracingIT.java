package org.gongwen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: one trace follows a document across the Kafka hops. The 签发 request carries a W3C traceparent; the
 * issued event it causes is applied by archive-service under the same trace id, and the archived event that
 * archive-service then writes is applied by drafting-service under it too (recorded in each processed_events).
 */
class TracingIT {

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @Test
    void theTraceIdOfThe签发RequestSurvivesEveryHopToTheArchiveAndBack() throws Exception {
        String id = life.submitNew("lina");
        life.approve("zhaomin", id, 1);
        life.awaitInInbox("wangqiang", id, 1);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";

        GatewayClient.Response signed = api.postTraced("wangqiang", "/api/reviews/" + id + "/decisions",
                java.util.Map.of("decision", "APPROVE", "opinion", "同意", "revision", 1), traceparent);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        life.awaitDraftStatus("lina", id, "ARCHIVED");

        await().atMost(Lifecycle.HOP).untilAsserted(() -> {
            assertThat(traceIdOfApplied("gongwen_archive", "gongwen.document.issued.v1", id)).isEqualTo(traceId);
            assertThat(traceIdOfApplied("gongwen_drafting", "gongwen.archive.archived.v1", id)).isEqualTo(traceId);
        });
    }

    /** The trace id under which a service applied the event of this type for this document. */
    private static String traceIdOfApplied(String database, String type, String documentId) throws Exception {
        PostgresServer pg = TestInfrastructure.postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             PreparedStatement q = c.prepareStatement(
                     "SELECT trace_id FROM processed_events WHERE event_type = ? AND document_id = ?")) {
            q.setString(1, type);
            q.setString(2, documentId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
