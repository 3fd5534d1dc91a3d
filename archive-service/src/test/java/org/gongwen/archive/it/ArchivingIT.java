package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.archive.accession.application.ArchivingIssuedDocument;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.Topics;
import org.gongwen.platform.messaging.CloudEventHeaders;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

class ArchivingIT extends ArchiveServiceIT {

    @Autowired
    JsonMapper json;
    @Autowired
    ArchivingIssuedDocument archiving;

    @Test
    void anIssuedDocumentIsArchivedUnderItsArchiveNoAndAnnounced() throws Exception {
        String unit = freshUnit();
        DocumentIssued event = issued(unit, "请示");
        publish(event);

        String archiveNo = archiveNoOf(event.documentId());
        assertThat(archiveNo).isEqualTo("Z011-WS·2026-D30-" + unit + "-0001");

        web.get().uri("/api/archive/records/{id}", event.documentId())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhoushen"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.documentId").isEqualTo(event.documentId())
                .jsonPath("$.archiveNo").isEqualTo(archiveNo)
                .jsonPath("$.documentNumber").isEqualTo(event.documentNumber())
                .jsonPath("$.title").isEqualTo(event.content().title())
                .jsonPath("$.docType").isEqualTo("请示")
                .jsonPath("$.mainRecipients[0]").isEqualTo("市财政局")
                .jsonPath("$.drafter").isEqualTo("zhangwei")
                .jsonPath("$.unit").isEqualTo(unit)
                .jsonPath("$.signer").isEqualTo("wangqiang")
                .jsonPath("$.signerName").isEqualTo("王强")
                .jsonPath("$.documentDate").isEqualTo("2026-03-02")
                .jsonPath("$.year").isEqualTo(2026)
                .jsonPath("$.retention").isEqualTo("D30")
                .jsonPath("$.contentHash").isEqualTo(event.contentHash())
                .jsonPath("$.issuedAt").isEqualTo(event.issuedAt().toString())
                .jsonPath("$.archivedAt").exists()
                .jsonPath("$.trail.length()").isEqualTo(4)
                .jsonPath("$.trail[1].actor").isEqualTo("sunli")
                .jsonPath("$.trail[1].actorName").isEqualTo("孙立")
                .jsonPath("$.trail[1].role").isEqualTo("DEPUTY_DIRECTOR")
                .jsonPath("$.trail[3].action").isEqualTo("SIGNED")
                .jsonPath("$.trail[3].opinion").isEqualTo("同意，签发");

        List<ConsumerRecord<String, byte[]>> announced = TestKafka.read(Topics.ARCHIVE, event.documentId(), 1, DEADLINE);
        assertThat(announced).hasSize(1);
        ConsumerRecord<String, byte[]> record = announced.get(0);
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("gongwen.archive.archived.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/gongwen/archive-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.documentId());
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        RecordArchived payload = json.readValue(record.value(), RecordArchived.class);
        assertThat(payload.archiveNo()).isEqualTo(archiveNo);
        assertThat(payload.revision()).isEqualTo(1);
        assertThat(payload.archivedAt()).isNotNull();
    }

    @Test
    void theSameDocumentDeliveredTwiceIsKeptOnceAndUsesOneItemNumber() {
        String unit = freshUnit();
        DocumentIssued event = issued(unit, "请示");
        String eventId = publish(event);
        publish(event, eventId);
        String sameDocumentOtherEventId = publish(event);
        // a later document of the same class: applied after the duplicates of the first on its partition or not,
        // it must get 0002, proving that the duplicates consumed no 件号
        DocumentIssued next = issued(unit, "请示");
        publish(next);

        awaitArchived(event, next);
        // one key, one partition: once the last delivery is applied, the ones before it were handled too
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(sameDocumentOtherEventId).query(Long.class).single() == 1);
        assertThat(recordsOf(event.documentId())).isEqualTo(1);
        assertThat(List.of(archiveNoOf(event.documentId()), archiveNoOf(next.documentId())))
                .containsExactlyInAnyOrder("Z011-WS·2026-D30-" + unit + "-0001", "Z011-WS·2026-D30-" + unit + "-0002");
        assertThat(TestKafka.read(Topics.ARCHIVE, event.documentId(), 1, Duration.ofSeconds(5)))
                .as("announced once").hasSize(1);
    }

    @Test
    void contentChangedAfterSigningIsRefusedAndParkedInTheDeadLetterTopic() {
        String unit = freshUnit();
        DocumentIssued genuine = issued(unit, "请示");
        DocumentContent c = genuine.content();
        DocumentContent altered = new DocumentContent(c.docType(), c.title(), c.mainRecipients(), c.copyRecipients(),
                c.body() + "另拨付五十万元。", c.urgency(), c.classification(), c.classificationPeriodYears(),
                c.direction(), c.attachments(), c.remarks());
        DocumentIssued tampered = new DocumentIssued(genuine.documentId(), genuine.revision(),
                genuine.documentNumber(), genuine.signer(), genuine.issuedAt(), genuine.documentDate(),
                genuine.contentHash(), altered, genuine.drafter(), genuine.trail());
        String eventId = publish(tampered);

        List<ConsumerRecord<String, byte[]>> parked =
                TestKafka.read(Topics.deadLetterOf(Topics.REVIEW), tampered.documentId(), 1, DEADLINE);
        assertThat(parked).hasSize(1);
        assertThat(header(parked.get(0), CloudEventHeaders.ID)).isEqualTo(eventId);
        assertThat(header(parked.get(0), CloudEventHeaders.DLT_REASON)).contains("content-hash-mismatch");
        assertThat(recordsOf(tampered.documentId())).isZero();

        // the genuine document still gets the class's first 件号: the refusal consumed none
        publish(genuine);
        assertThat(archiveNoOf(genuine.documentId())).endsWith("-" + unit + "-0001");
    }

    @Test
    void tenDocumentsOfOneClassIssuedConcurrentlyGetItemNumbersOneToTenWithoutGaps() throws Exception {
        String unit = freshUnit();
        List<DocumentIssued> events = IntStream.range(0, 10).mapToObj(i -> issued(unit, "请示")).toList();
        inParallel(events, this::publish);
        awaitArchived(events.toArray(DocumentIssued[]::new));
        assertThat(itemNumbers(unit)).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @Test
    void fiftyArchivingsOfOneClassRacingInTheDatabaseStillNumberWithoutGaps() throws Exception {
        String unit = freshUnit();
        List<DocumentIssued> events = IntStream.range(0, 50).mapToObj(i -> issued(unit, "纪要")).toList();
        assertThat(inParallel(events, archiving::archive))
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ArchivingIssuedDocument.Archived.class));
        assertThat(itemNumbers(unit)).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void theSameDocumentArchivedTwiceAtTheSameMomentIsKeptOnce() throws Exception {
        String unit = freshUnit();
        DocumentIssued event = issued(unit, "请示");
        List<ArchivingIssuedDocument.Outcome> outcomes = inParallel(List.of(event, event), archiving::archive);
        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Archived", "AlreadyArchived");
        assertThat(itemNumbers(unit)).containsExactly(1);
    }

    @Test
    void retentionComesFromTheConfiguredTableByDocType() {
        String unit = freshUnit();
        DocumentIssued minutes = issued(unit, "纪要");
        DocumentIssued letter = issued(unit, "函");
        DocumentIssued notice = issued(unit, "通知");
        publish(minutes);
        publish(letter);
        publish(notice);
        assertThat(archiveNoOf(minutes.documentId())).isEqualTo("Z011-WS·2026-Y-" + unit + "-0001");
        assertThat(archiveNoOf(letter.documentId())).isEqualTo("Z011-WS·2026-D10-" + unit + "-0001");
        assertThat(archiveNoOf(notice.documentId())).isEqualTo("Z011-WS·2026-D30-" + unit + "-0001");
    }

    @Test
    void archivedRecordsCannotBeUpdatedOrDeleted() {
        DocumentIssued event = issued(freshUnit(), "请示");
        publish(event);
        awaitArchived(event);
        assertThatThrownBy(() -> jdbc.sql("UPDATE archive_records SET title = 'x' WHERE document_id = ?")
                .param(event.documentId()).update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive_records WHERE document_id = ?")
                .param(event.documentId()).update()).rootCause().hasMessageContaining("permission denied");
        assertThat(recordsOf(event.documentId())).isEqualTo(1);
    }

    @Test
    void anUnknownDocumentIdIsNotFound() {
        web.get().uri("/api/archive/records/{id}", UUID.randomUUID().toString())
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("wangqiang"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
    }

    /** Runs the action for every event at once, one thread each, and returns the results in event order. */
    private static <T> List<T> inParallel(List<DocumentIssued> events, Function<DocumentIssued, T> action)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(events.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (DocumentIssued event : events) {
                futures.add(pool.submit(() -> action.apply(event)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Integer> itemNumbers(String unit) {
        return jdbc.sql("SELECT item_no FROM archive_records WHERE unit = ? ORDER BY item_no").param(unit)
                .query(Integer.class).list();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
