package org.gongwen.archive.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.events.Person;
import org.gongwen.events.Topics;
import org.gongwen.events.TrailEntry;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.platform.messaging.EventCodec;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context all archive ITs share (same annotations, same properties), against the test JVM's
 * real PostgreSQL and Kafka. Issued documents arrive as review-service would send them: on gongwen.review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class ArchiveServiceIT {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    static final LocalDate DOCUMENT_DATE = LocalDate.of(2026, 3, 2);

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gongwen_archive");
    }

    /** A unit code no other test (or earlier run on a kept database) used: its 件号 start at 0001. */
    static String freshUnit() {
        StringBuilder unit = new StringBuilder("T");
        for (int i = 0; i < 6; i++) {
            unit.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return unit.toString();
    }

    static DocumentContent content(String docType, String title, String body, String classification) {
        return new DocumentContent(docType, title, List.of("市财政局"), List.of("市审计局"), body, null,
                classification, classification == null ? null : 10, "上行", List.of(), null);
    }

    /** An issued document whose hash matches its content, signed by 王强 after 孙立 and 赵敏 approved. */
    static DocumentIssued issued(String unit, DocumentContent content, LocalDate documentDate) {
        String documentId = UUID.randomUUID().toString();
        String hash = ContentHash.of(content);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Person drafter = new Person("zhangwei", "张伟", unit);
        Person signer = new Person("wangqiang", "王强", "JLD");
        List<TrailEntry> trail = List.of(
                new TrailEntry("SUBMITTED", drafter, "CLERK", null, at.minusSeconds(300), null, hash),
                new TrailEntry("APPROVED", new Person("sunli", "孙立", "BGS"), "DEPUTY_DIRECTOR", 1,
                        at.minusSeconds(200), "同意", hash),
                new TrailEntry("APPROVED", new Person("zhaomin", "赵敏", "BGS"), "DIRECTOR", 2, at.minusSeconds(100),
                        "同意", hash),
                new TrailEntry("SIGNED", signer, "CHIEF", 3, at, "同意，签发", hash));
        return new DocumentIssued(documentId, 1, "江民发〔" + documentDate.getYear() + "〕"
                + ThreadLocalRandom.current().nextInt(1, 100_000) + "号", signer, at, documentDate, hash, content,
                drafter, trail);
    }

    static DocumentIssued issued(String unit, String docType) {
        return issued(unit, content(docType, "关于申请社会救助专项资金的请示", "为做好困难群众救助工作，特申请专项资金。", null),
                DOCUMENT_DATE);
    }

    String publish(DocumentIssued event) {
        return publish(event, UUID.randomUUID().toString());
    }

    String publish(DocumentIssued event, String eventId) {
        publishJson(event.documentId(), eventId, codec.payloadJson(event));
        return eventId;
    }

    void publishJson(String documentId, String eventId, String json) {
        TestKafka.send(codec.toRecord(Topics.REVIEW, eventId, "/gongwen/review-service",
                    EventType.DOCUMENT_ISSUED.typeName(), documentId, Instant.now(), json));
    }

    long recordsOf(String documentId) {
        return jdbc.sql("SELECT count(*) FROM archive_records WHERE document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    String archiveNoOf(String documentId) {
        await().atMost(DEADLINE).until(() -> recordsOf(documentId) == 1);
        return jdbc.sql("SELECT archive_no FROM archive_records WHERE document_id = ?").param(documentId)
                .query(String.class).single();
    }

    void awaitArchived(DocumentIssued... events) {
        for (DocumentIssued event : events) {
            archiveNoOf(event.documentId());
        }
    }
}
