package org.gongwen.review.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.DraftWithdrawn;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context all review ITs share, against the test JVM's real PostgreSQL and Kafka. Drafts
 * arrive the way drafting-service sends them: as events on gongwen.drafting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.review.reminders.scheduler-enabled=false")
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ReviewServiceIT.TestClock.class)
abstract class ReviewServiceIT {

    /** One settable clock for the whole context: escalation tests move time forward, then put it back. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        SettableClock clock() {
            return new SettableClock();
        }
    }

    static final Duration DEADLINE = Duration.ofSeconds(30);
    static final Map<String, Person> PEOPLE = Map.of(
            "zhangwei", new Person("zhangwei", "张伟", "SHJZ"),
            "lina", new Person("lina", "李娜", "YLFW"),
            "wangqiang", new Person("wangqiang", "王强", "JLD"));

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gongwen_review");
    }

    static DocumentContent content(String urgency) {
        return new DocumentContent("通知", "关于开展2026年度养老机构安全检查的通知", List.of("各区民政局"), List.of("市应急管理局"),
                "为切实做好养老机构安全管理工作，现就有关事项通知如下。", urgency, null, null, "下行", List.of(), null);
    }

    static DraftSubmitted submitted(String documentId, int revision, String drafter, String urgency) {
        DocumentContent content = content(urgency);
        return new DraftSubmitted(documentId, revision, PEOPLE.get(drafter), content, ContentHash.of(content),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    static String newDocumentId() {
        return UUID.randomUUID().toString();
    }

    /** Publishes a 送审 and waits until the review of that revision exists. */
    DraftSubmitted submit(String documentId, int revision, String drafter) {
        DraftSubmitted event = submitted(documentId, revision, drafter, null);
        publish(event, UUID.randomUUID().toString());
        awaitRound(documentId, revision);
        return event;
    }

    void awaitRound(String documentId, int revision) {
        await().atMost(DEADLINE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM review_rounds WHERE document_id = ? AND revision = ?")
                .params(documentId, revision).query(Long.class).single() == 1);
    }

    void publish(GongwenEvent event, String eventId) {
        TestKafka.send(codec.toRecord(Topics.DRAFTING, eventId, "/gongwen/drafting-service",
                    event.eventType().typeName(), event.documentId(), Instant.now(), codec.payloadJson(event), null));
    }

    String withdraw(String documentId, int revision, String drafter) {
        String eventId = UUID.randomUUID().toString();
        publish(new DraftWithdrawn(documentId, revision, PEOPLE.get(drafter), Instant.now()), eventId);
        return eventId;
    }

    /** The consumer records an event id in the transaction that applied (or deliberately ignored) the event. */
    void awaitProcessed(String eventId) {
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    String roundStatus(String documentId, int revision) {
        return jdbc.sql("SELECT status FROM review_rounds WHERE document_id = ? AND revision = ?")
                .params(documentId, revision).query(String.class).single();
    }

    WebTestClient.ResponseSpec decide(String user, String documentId, String decision, String opinion, int revision) {
        return decideRaw(user, documentId, Map.of("decision", decision, "opinion", opinion == null ? "" : opinion,
                "revision", revision));
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body, Object... vars) {
        return web.post().uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec decideRaw(String user, String documentId, Object body) {
        return web.post().uri("/api/reviews/{id}/decisions", documentId)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec get(String user, String uri, Object... vars) {
        return web.get().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user)).exchange();
    }

    void approveUpTo(String documentId, int revision, String... reviewers) {
        for (String reviewer : reviewers) {
            decide(reviewer, documentId, "APPROVE", "同意", revision).expectStatus().isOk();
        }
    }

    /** The events of one document on gongwen.review, read from the beginning until {@code expected} arrived. */
    List<GongwenEvent> reviewEvents(String documentId, int expected) {
        List<GongwenEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TestKafka.read(Topics.REVIEW, documentId, expected, DEADLINE)) {
            EventType type = codec.typeOf(r).orElseThrow();
            events.add(codec.decode(r, type).payload());
        }
        return events;
    }
}
