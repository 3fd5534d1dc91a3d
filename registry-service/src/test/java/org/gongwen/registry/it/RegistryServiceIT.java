package org.gongwen.registry.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.Topics;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.platform.messaging.EventCodec;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context all registry ITs share, against the test JVM's real PostgreSQL and Kafka, connected as the
 * services' login that switches to gongwen_registry_app. Issued documents arrive as review-service sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class RegistryServiceIT {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gongwen_registry");
        // 催办 runs on the real clock otherwise; FollowUpIT drives the sweep on clocks of its own
        registry.add("gongwen.registry.follow-up.scheduler-enabled", () -> "false");
    }

    /** A document.issued as review-service publishes it on gongwen.review; returns the event id. */
    static DocumentIssued issued(String classification, String urgency, List<String> main, List<String> copies) {
        DocumentContent content = new DocumentContent("通知", "关于开展2026年度养老机构安全检查的通知", main, copies,
                "为切实做好养老机构安全管理工作，现就有关事项通知如下。", urgency, classification,
                classification == null ? null : 10, "下行", List.of(), null);
        String id = UUID.randomUUID().toString();
        return new DocumentIssued(id, 1, "江民发〔2026〕" + Math.abs(id.hashCode() % 1000 + 1) + "号",
                new Person("wangqiang", "王强", "JLD"), Instant.now(), TODAY, ContentHash.of(content), content,
                new Person("zhangwei", "张伟", "SHJZ"), List.of());
    }

    String publish(GongwenEvent event) {
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId);
        return eventId;
    }

    void publish(GongwenEvent event, String eventId) {
        TestKafka.send(codec.toRecord(Topics.REVIEW, eventId, "/gongwen/review-service",
                event.eventType().typeName(), event.documentId(), Instant.now(), codec.payloadJson(event), null));
    }

    /** The consumer records an event id in the transaction that applied the event. */
    void awaitProcessed(String eventId) {
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    /** Publishes the document.issued and waits until it is distributed. */
    void distribute(DocumentIssued event) {
        awaitProcessed(publish(event));
    }

    List<Map<String, Object>> deliveriesOf(String documentId) {
        return jdbc.sql("SELECT * FROM deliveries WHERE document_id = CAST(? AS uuid) ORDER BY position")
                .param(documentId).query().listOfRows();
    }

    /** The events of one key on gongwen.registry, read from the beginning until {@code expected} arrived. */
    List<GongwenEvent> registryEvents(String key, int expected) {
        List<GongwenEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TestKafka.read(Topics.REGISTRY, key, expected, DEADLINE)) {
            EventType type = codec.typeOf(r).orElseThrow();
            events.add(codec.decode(r, type).payload());
        }
        return events;
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body, Object... vars) {
        return web.post().uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec postEmpty(String user, String uri, Object... vars) {
        return web.post().uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .exchange();
    }

    WebTestClient.ResponseSpec get(String user, String uri, Object... vars) {
        return web.get().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user)).exchange();
    }
}
