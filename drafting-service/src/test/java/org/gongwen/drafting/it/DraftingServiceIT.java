package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.GongwenEvent;
import org.gongwen.platform.messaging.EventCodec;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The one Spring context every drafting IT shares, against the test JVM's real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // small limits, so that 413 is reached with small files
        "gongwen.drafting.attachments.max-file-size=200KB", "gongwen.drafting.attachments.max-draft-size=300KB"})
@AutoConfigureWebTestClient(timeout = "30s")
abstract class DraftingServiceIT {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "gongwen_drafting");
    }

    /** A 请示 by 张伟 that passes every format rule. */
    static Map<String, Object> request() {
        Map<String, Object> body = new HashMap<>();
        body.put("docType", "请示");
        body.put("title", "江城市民政局关于申请2027年度办公经费的请示");
        body.put("mainRecipients", List.of("江城市人民政府"));
        body.put("copyRecipients", List.of());
        body.put("body", "为保障社会救助工作正常开展，拟申请2027年度办公经费。\n妥否，请批示。");
        body.put("direction", "上行");
        body.put("attachments", List.of());
        body.put("remarks", "（联系人：张伟，电话：0000-0000000）");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(field, value);
        return copy;
    }

    WebTestClient.ResponseSpec post(String user, String path, Object body) {
        WebTestClient.RequestBodySpec spec = web.post().uri(path).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user));
        return body == null ? spec.exchange() : spec.bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String user, String path) {
        return web.get().uri(path).header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user)).exchange();
    }

    /** Creates a draft and returns its id. */
    String create(String user, Map<String, Object> body) {
        Map<String, Object> draft = post(user, "/api/drafts", body).expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        return (String) draft.get("id");
    }

    Map<String, Object> read(String user, String id) {
        return get(user, "/api/drafts/" + id).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    String submitted(String id) {
        post("zhangwei", "/api/drafts/" + id + "/submit", null).expectStatus().isAccepted();
        return id;
    }

    long draftRows() {
        return jdbc.sql("SELECT count(*) FROM drafts").query(Long.class).single();
    }

    /** Sends an event as review-service or archive-service would; returns its event id. */
    String publish(GongwenEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    String publish(GongwenEvent event, String eventId) {
        TestKafka.send(codec.toRecord(event.eventType().topic(), eventId, "/gongwen/test",
                event.eventType().typeName(), event.documentId(), Instant.now(), codec.payloadJson(event), null));
        return eventId;
    }

    /** The records on a topic for one document, read from the beginning until {@code expected} of that type arrived. */
    static List<ConsumerRecord<String, byte[]>> records(String topic, String documentId, String type, int expected) {
        List<ConsumerRecord<String, byte[]>> found = TestKafka.read(topic,
                r -> documentId.equals(r.key()) && type.equals(header(r, "ce_type")), expected, DEADLINE);
        assertThat(found).as("%s events for %s", type, documentId).hasSize(expected);
        return found;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
