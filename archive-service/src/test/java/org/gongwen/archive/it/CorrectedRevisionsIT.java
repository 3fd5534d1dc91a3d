package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.archive.log.application.LogStore;
import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.Topics;
import org.gongwen.platform.messaging.CloudEventHeaders;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * 更正 after 签发 (issue 18): every issued revision is a record of its own, linked both ways, the corrected one
 * left exactly as it was archived.
 */
class CorrectedRevisionsIT extends ArchiveServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The first render of a JVM parses the font files. */
    static final Duration RENDERED = Duration.ofSeconds(90);

    @Autowired
    LogStore log;

    @Test
    void aCorrectionIsArchivedAsItsOwnRecordWithTheNextItemNumberAndLinkedBothWays() {
        String unit = freshUnit();
        DocumentIssued original = issued(unit, "请示");
        publish(original);
        String originalNo = archiveNoOf(original.documentId());
        Map<?, ?> before = record(original.documentId());

        DocumentIssued correction = correctionOf(original, "主送机关有误，更正为市人民政府。");
        publish(correction);
        String recordId = original.documentId() + "~r2";
        String correctionNo = archiveNoOf(recordId);

        assertThat(originalNo).endsWith("-" + unit + "-0001");
        assertThat(correctionNo).endsWith("-" + unit + "-0002");
        Map<?, ?> corrected = record(recordId);
        assertThat(corrected.get("documentNumber")).isEqualTo(original.documentNumber());
        assertThat(corrected.get("revision")).isEqualTo(2);
        assertThat(corrected.get("mainRecipients")).isEqualTo(List.of("江城市人民政府"));
        assertThat(corrected.get("superseded")).isEqualTo(false);
        assertThat(map(corrected.get("corrects"))).containsEntry("documentId", original.documentId())
                .containsEntry("revision", 1).containsEntry("archiveNo", originalNo)
                .containsEntry("reason", "主送机关有误，更正为市人民政府。");
        assertThat(corrected.get("correctedBy")).isNull();

        Map<?, ?> after = record(original.documentId());
        assertThat(map(after.get("correctedBy"))).containsEntry("documentId", recordId)
                .containsEntry("revision", 2).containsEntry("archiveNo", correctionNo);
        assertThat(after.get("superseded")).isEqualTo(true);
        // the corrected record itself is as it was: same content, hash, 档号
        for (String field : List.of("archiveNo", "documentNumber", "contentHash", "mainRecipients", "archivedAt",
                "title", "body", "revision")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }

        // the search shows both, the superseded one marked
        Map<?, ?> page = JSON.readValue(get("/api/archive/records?unit=" + unit), Map.class);
        List<?> items = (List<?>) page.get("items");
        assertThat(items).hasSize(2);
        assertThat(items.stream().map(i -> (Map<?, ?>) i)
                .map(i -> i.get("documentId") + ":" + i.get("superseded")).toList())
                .containsExactlyInAnyOrder(original.documentId() + ":true", recordId + ":false");

        // drafting learns of both archivings under the document's own key
        List<ConsumerRecord<String, byte[]>> announced =
                TestKafka.read(Topics.ARCHIVE, original.documentId(), 2, DEADLINE);
        assertThat(announced.stream().map(r -> JSON.readValue(r.value(), RecordArchived.class))
                .map(a -> a.revision() + " " + a.archiveNo()).toList())
                .containsExactly("1 " + originalNo, "2 " + correctionNo);
        assertThat(announced).allSatisfy(r -> assertThat(new String(
                r.headers().lastHeader(CloudEventHeaders.SUBJECT).value(), StandardCharsets.UTF_8))
                .isEqualTo(original.documentId()));

        // its own leaf in the log, naming its key and revision
        await().atMost(DEADLINE).until(() -> log.leafOf("record", recordId).isPresent());
        assertThat(new String(log.leafOf("record", recordId).orElseThrow().data(), StandardCharsets.UTF_8))
                .contains(recordId, correctionNo);
    }

    @Test
    void bothRevisionsAreRenderedAndPassTheFourPropertiesCheck() {
        DocumentIssued original = issued(freshUnit(), "请示");
        publish(original);
        awaitArchived(original);
        publish(correctionOf(original, "正文数字有误。"));
        String recordId = original.documentId() + "~r2";
        archiveNoOf(recordId);

        for (String id : List.of(original.documentId(), recordId)) {
            await().atMost(RENDERED).until(() -> "rendered".equals(
                    ((Map<?, ?>) record(id).get("rendition")).get("state")));
            Map<?, ?> report = JSON.readValue(get("/api/archive/records/" + id + "/four-properties"), Map.class);
            assertThat(report.get("passed")).as("%s: %s", id, report).isEqualTo(true);
            assertThat(get("/api/archive/records/" + id + "/package")).isNotEmpty();
            assertThat(get("/api/archive/records/" + id + "/rendition.pdf")).startsWith("%PDF".getBytes());
        }
    }

    @Test
    void theSameCorrectionDeliveredTwiceIsKeptOnceAndUsesOneItemNumber() {
        String unit = freshUnit();
        DocumentIssued original = issued(unit, "请示");
        publish(original);
        awaitArchived(original);
        DocumentIssued correction = correctionOf(original, "附件名称有误。");
        publish(correction);
        publish(correction);
        DocumentIssued next = issued(unit, "请示");
        publish(next);

        assertThat(archiveNoOf(next.documentId())).endsWith("-0003");
        assertThat(archiveNoOf(original.documentId() + "~r2")).endsWith("-0002");
        assertThat(jdbc.sql("SELECT count(*) FROM archive_revision_links WHERE document_id = ?")
                .param(original.documentId()).query(Long.class).single()).isOne();
    }

    @Test
    void aCorrectionOfARevisionThatIsNotCurrentIsParkedAndUsesNoItemNumber() {
        String unit = freshUnit();
        DocumentIssued original = issued(unit, "请示");
        publish(original);
        awaitArchived(original);
        publish(correctionOf(original, "第一次更正。"));
        archiveNoOf(original.documentId() + "~r2");

        // a second correction that still names revision 1 would fork the chain: ARCHIVE-CORRECTION-2
        DocumentIssued stale = correctionOf(original, 3, "第二次更正却针对第 1 轮。");
        String eventId = publish(stale);
        List<ConsumerRecord<String, byte[]>> parked =
                TestKafka.read(Topics.deadLetterOf(Topics.REVIEW), original.documentId(), 1, DEADLINE);
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.ID).value(),
                StandardCharsets.UTF_8)).isEqualTo(eventId);
        assertThat(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.DLT_REASON).value(),
                StandardCharsets.UTF_8)).contains("corrected-revision-not-current");
        assertThat(recordsOf(original.documentId() + "~r3")).isZero();

        DocumentIssued next = issued(unit, "请示");
        publish(next);
        assertThat(archiveNoOf(next.documentId())).as("no 件号 used by the refusal").endsWith("-0003");
    }

    @Test
    void theLinksCannotBeUpdatedOrDeleted() {
        DocumentIssued original = issued(freshUnit(), "请示");
        publish(original);
        awaitArchived(original);
        publish(correctionOf(original, "标题有误。"));
        archiveNoOf(original.documentId() + "~r2");
        assertThatThrownBy(() -> jdbc.sql("UPDATE archive_revision_links SET reason = 'x' WHERE document_id = ?")
                .param(original.documentId()).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive_revision_links WHERE document_id = ?")
                .param(original.documentId()).update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aLinkDeletedOrAlteredBehindTheServiceFailsTheFourPropertiesCheckAgainstItsLeaf() throws SQLException {
        DocumentIssued deleted = correctedDocument("主送机关有误。");
        DocumentIssued altered = correctedDocument("标题有误。");
        for (DocumentIssued d : List.of(deleted, altered)) {
            assertThat(revisionLinkCheck(d.documentId())).as(d.documentId()).containsEntry("passed", true);
            assertThat(new String(log.leafOf("revision-link", d.documentId() + "~r2").orElseThrow().data(),
                    StandardCharsets.UTF_8)).contains("\"corrects\":\"" + d.documentId() + "\"");
        }

        // the tampering only a superuser can do (the service's role holds no UPDATE/DELETE, V12), with the
        // refusing triggers skipped for this session; the check runs as the service, unchanged
        try (Connection superuser = TestInfrastructure.postgres().adminConnection("gongwen_archive");
             Statement statement = superuser.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            assertThat(statement.executeUpdate("DELETE FROM archive_revision_links WHERE document_id = '"
                    + deleted.documentId() + "'")).isOne();
            assertThat(statement.executeUpdate("UPDATE archive_revision_links SET reason = '无' WHERE document_id = '"
                    + altered.documentId() + "'")).isOne();
        }

        for (String id : List.of(deleted.documentId(), deleted.documentId() + "~r2")) {
            assertThat(revisionLinkCheck(id)).as(id).containsEntry("passed", false)
                    .satisfies(c -> assertThat((String) c.get("detailZh")).contains(deleted.documentId() + "~r2", "删除"));
        }
        assertThat(revisionLinkCheck(altered.documentId())).containsEntry("passed", false)
                .satisfies(c -> assertThat((String) c.get("detailEn"))
                        .contains(altered.documentId() + "~r2", "differs from its leaf"));
    }

    private DocumentIssued correctedDocument(String reason) {
        DocumentIssued original = issued(freshUnit(), "请示");
        publish(original);
        awaitArchived(original);
        publish(correctionOf(original, reason));
        archiveNoOf(original.documentId() + "~r2");
        return original;
    }

    private Map<String, Object> revisionLinkCheck(String recordId) {
        Map<?, ?> report = JSON.readValue(get("/api/archive/records/" + recordId + "/four-properties"), Map.class);
        return ((List<?>) report.get("properties")).stream().map(p -> (Map<?, ?>) p)
                .flatMap(p -> ((List<?>) p.get("checks")).stream()).map(CorrectedRevisionsIT::map)
                .filter(c -> "revision-links".equals(c.get("code"))).findFirst().orElseThrow();
    }

    /** Revision 2 of the document, signed again by the same signer with the same 文号, 主送 changed. */
    static DocumentIssued correctionOf(DocumentIssued original, String reason) {
        return correctionOf(original, 2, reason);
    }

    static DocumentIssued correctionOf(DocumentIssued original, int revision, String reason) {
        DocumentContent c = original.content();
        DocumentContent changed = new DocumentContent(c.docType(), c.title(), List.of("江城市人民政府"),
                c.copyRecipients(), c.body(), c.urgency(), c.classification(), c.classificationPeriodYears(),
                c.direction(), c.attachments(), c.remarks());
        String hash = ContentHash.of(changed);
        return new DocumentIssued(original.documentId(), revision, original.documentNumber(), original.signer(),
                original.issuedAt().plusSeconds(3600), original.documentDate(), hash, changed, original.drafter(),
                original.trail(), new Corrects(1, original.documentNumber(), original.signer(), reason));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private Map<?, ?> record(String id) {
        return JSON.readValue(get("/api/archive/records/" + id), Map.class);
    }

    private byte[] get(String uri) {
        return web.get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }
}
