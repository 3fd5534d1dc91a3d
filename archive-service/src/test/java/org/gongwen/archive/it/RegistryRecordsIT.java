package org.gongwen.archive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingConcluded.CirculationReading;
import org.gongwen.events.RegistryIncomingConcluded.IncomingRegistration;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.Topics;
import org.gongwen.events.TrailEntry;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: 收文 and 交办事项 concluded in registry-service arrive on gongwen.registry and are archived in their own
 * 档号 classes — once per record whatever the redeliveries, with the full trail, in the log, found by the one search
 * with their kind, read only within the reader's clearance, and passing the 四性 checks.
 */
class RegistryRecordsIT extends ArchiveServiceIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Person CLERK = new Person("qianxiao", "钱晓", "BGS");
    static final Person CHIEF = new Person("wangqiang", "王强", "JLD");
    static final Person HANDLER = new Person("zhangwei", "张伟", "SHJZ");
    static final String SECRET_AUDITOR = "Bearer " + TestInfrastructure.tokens()
            .mint(new DemoUser("xumi", "许密", "DAS", Set.of("AUDITOR"), "秘密"));
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    static RegistryIncomingConcluded incoming(String classification, String receiptNumber, String replyId) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new RegistryIncomingConcluded(UUID.randomUUID().toString(), 1, "已按要求部署落实。", replyId, "zhangwei",
                at, receiptNumber, new IncomingRegistration("江城市人民政府办公室", "江政办发〔" + YEAR + "〕3号",
                "关于做好防汛物资储备工作的通知", classification, "加急", 2, LocalDate.now(ZoneId.of("Asia/Shanghai")), null),
                "拟请社会救助科办理。", "SHJZ", List.of("YLFW"), null, "请社会救助科牵头办理。", CHIEF, HANDLER,
                List.of(new CirculationReading(UUID.randomUUID().toString(), CHIEF, at.minusSeconds(500),
                        at.minusSeconds(400), "请抓紧落实。")),
                List.of(new TrailEntry("REGISTERED", CLERK, null, null, at.minusSeconds(900), receiptNumber, null),
                        new TrailEntry("CHECKED", CLERK, null, null, at.minusSeconds(800), null, null),
                        new TrailEntry("CIRCULATED", CLERK, null, null, at.minusSeconds(500), "传阅（依次）：王强", null),
                        new TrailEntry("READ", CHIEF, null, null, at.minusSeconds(400), "请抓紧落实。", null),
                        new TrailEntry("PROPOSED", CLERK, null, null, at.minusSeconds(300), "拟请社会救助科办理。", null),
                        new TrailEntry("ASSIGNED", CHIEF, null, null, at.minusSeconds(200), "请社会救助科牵头办理。", null),
                        new TrailEntry("CONCLUDED", HANDLER, null, null, at, "已按要求部署落实。", null)));
    }

    static String receiptNumber() {
        return "收〔" + YEAR + "〕" + ThreadLocalRandom.current().nextInt(10_000, 1_000_000) + "号";
    }

    static RegistryMatterConcluded matter(String classification) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new RegistryMatterConcluded(UUID.randomUUID().toString(), 1, "MEETING", null, "摸排辖区特困人员供养情况并形成报告",
                "SHJZ", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5), classification, CHIEF,
                at.minusSeconds(3600), List.of(new RegistryMatterConcluded.ProgressReport(HANDLER, "已完成三个街道。",
                at.minusSeconds(600))), "报告已报局领导。", HANDLER, at, List.of(
                new TrailEntry("MATTER_ASSIGNED", CHIEF, null, null, at.minusSeconds(3600), "摸排", null),
                new TrailEntry("PROGRESS_REPORTED", HANDLER, null, null, at.minusSeconds(600), "已完成三个街道。", null),
                new TrailEntry("CONCLUDED", HANDLER, null, null, at, "报告已报局领导。", null)));
    }

    String publishRegistry(GongwenEvent event, String eventId) {
        TestKafka.send(codec.toRecord(Topics.REGISTRY, eventId, "/gongwen/registry-service",
                event.eventType().typeName(), event.documentId(), Instant.now(), codec.payloadJson(event), null));
        return eventId;
    }

    String publishRegistry(GongwenEvent event) {
        return publishRegistry(event, UUID.randomUUID().toString());
    }

    WebTestClient.ResponseSpec read(String bearer, String uri, Object... vars) {
        return web.get().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    static String zhoushen() {
        return TestInfrastructure.bearer("zhoushen");
    }

    @Test
    void aConcludedIncomingDocumentIsArchivedInTheIncomingClassWithItsParticularsAndTrail() {
        String number = receiptNumber();
        RegistryIncomingConcluded event = incoming("秘密", number, null);
        publishRegistry(event);

        assertThat(archiveNoOf(event.documentId())).matches("Z011-WS·" + YEAR + "-D30-SW-\\d{4}");
        read(zhoushen(), "/api/archive/records/{id}", event.documentId()).expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("INCOMING")
                .jsonPath("$.receiptNumber").isEqualTo(number)
                .jsonPath("$.senderOrgan").isEqualTo("江城市人民政府办公室")
                .jsonPath("$.documentNumber").isEqualTo("江政办发〔" + YEAR + "〕3号")
                .jsonPath("$.classification").isEqualTo("秘密")
                .jsonPath("$.unit").isEqualTo("SW")
                .jsonPath("$.retention").isEqualTo("D30")
                .jsonPath("$.signerName").isEqualTo("王强")
                .jsonPath("$.registry.handlingUnit").isEqualTo("SHJZ")
                .jsonPath("$.registry.assistingUnits[0]").isEqualTo("YLFW")
                .jsonPath("$.registry.instruction").isEqualTo("请社会救助科牵头办理。")
                .jsonPath("$.registry.result").isEqualTo("已按要求部署落实。")
                .jsonPath("$.registry.readings[0].instruction").isEqualTo("请抓紧落实。")
                .jsonPath("$.registry.concludedBy.name").isEqualTo("张伟")
                .jsonPath("$.trail.length()").isEqualTo(7)
                .jsonPath("$.trail[0].action").isEqualTo("REGISTERED")
                .jsonPath("$.trail[3].opinion").isEqualTo("请抓紧落实。")
                .jsonPath("$.trail[6].action").isEqualTo("CONCLUDED");

        // the one search finds it by its 收文编号 (in its 处理单) and shows its kind; the class code filters the kind
        read(zhoushen(), "/api/archive/records?q={q}", number).expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.documentId == '" + event.documentId() + "')].kind").isEqualTo("INCOMING")
                .jsonPath("$.items[?(@.documentId == '" + event.documentId() + "')].receiptNumber").isEqualTo(number);
        read(zhoushen(), "/api/archive/records?unit=SW&size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.kind != 'INCOMING')]").isEmpty();
    }

    @Test
    void theSearchFiltersByKindAndRefusesAnUnknownKindFieldByField() {
        String number = receiptNumber();
        RegistryIncomingConcluded incoming = incoming(null, number, null);
        RegistryMatterConcluded matter = matter(null);
        String unit = freshUnit();
        DocumentIssued issued = issued(unit, "请示");
        publishRegistry(incoming);
        publishRegistry(matter);
        publish(issued);
        archiveNoOf(incoming.documentId());
        archiveNoOf(matter.documentId());
        awaitArchived(issued);

        read(zhoushen(), "/api/archive/records?q={q}&kind=INCOMING", number).expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].documentId").isEqualTo(List.of(incoming.documentId()));
        read(zhoushen(), "/api/archive/records?q={q}&kind=ASSIGNED_MATTER", number).expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();
        read(zhoushen(), "/api/archive/records?q={q}&kind=ISSUED_DOCUMENT", number).expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();
        // without a term: the newest matter is this one, and no other kind is listed
        read(zhoushen(), "/api/archive/records?kind=ASSIGNED_MATTER&size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.documentId == '" + matter.documentId() + "')].kind").isEqualTo("ASSIGNED_MATTER")
                .jsonPath("$.items[?(@.kind != 'ASSIGNED_MATTER')]").isEmpty();
        read(zhoushen(), "/api/archive/records?kind=INCOMING&size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.documentId == '" + incoming.documentId() + "')]").isNotEmpty()
                .jsonPath("$.items[?(@.documentId == '" + matter.documentId() + "')]").isEmpty();
        read(zhoushen(), "/api/archive/records?kind=ISSUED_DOCUMENT&unit={unit}", unit).expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].documentId").isEqualTo(List.of(issued.documentId()));
        read(zhoushen(), "/api/archive/records?kind=INCOMING&unit={unit}", unit).expectStatus().isOk().expectBody()
                .jsonPath("$.items").isEmpty();
        read(zhoushen(), "/api/archive/records?kind=ISSUED_DOCUMENT&size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.kind == 'INCOMING' || @.kind == 'ASSIGNED_MATTER')]").isEmpty();

        read(zhoushen(), "/api/archive/records?kind=收文").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json").expectBody()
                .jsonPath("$.violations.length()").isEqualTo(1)
                .jsonPath("$.violations[0].field").isEqualTo("kind");
    }

    @Test
    void theSameConclusionDeliveredAgainIsKeptOnceAndUsesOneItemNumber() {
        RegistryIncomingConcluded event = incoming(null, receiptNumber(), null);
        String eventId = publishRegistry(event);
        publishRegistry(event, eventId);
        String sameRecordOtherEventId = publishRegistry(event);
        RegistryIncomingConcluded next = incoming(null, receiptNumber(), null);
        publishRegistry(next);

        String first = archiveNoOf(event.documentId());
        String second = archiveNoOf(next.documentId());
        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(sameRecordOtherEventId).query(Long.class).single() == 1);
        assertThat(recordsOf(event.documentId())).isOne();
        // no 件号 used by the redeliveries: if both are in the same class the later one is one higher
        if (first.substring(0, first.length() - 4).equals(second.substring(0, second.length() - 4))) {
            int a = Integer.parseInt(first.substring(first.length() - 4));
            int b = Integer.parseInt(second.substring(second.length() - 4));
            assertThat(b).isGreaterThan(a);
            assertThat(jdbc.sql("SELECT count(*) FROM archive_records WHERE unit = 'SW' AND year = ? AND item_no > ?"
                    + " AND item_no < ?").param(YEAR).param(a).param(b).query(Long.class).single())
                    .as("nothing between them but other tests' records").isEqualTo(b - a - 1L);
        }
    }

    @Test
    void aClassifiedIncomingDocumentIsReadOnlyByThoseClearedForIt() {
        RegistryIncomingConcluded confidential = incoming("机密", receiptNumber(), null);
        RegistryIncomingConcluded topSecret = incoming("绝密", receiptNumber(), null);
        publishRegistry(confidential);
        publishRegistry(topSecret);
        archiveNoOf(confidential.documentId());
        archiveNoOf(topSecret.documentId());

        read(zhoushen(), "/api/archive/records/{id}", confidential.documentId()).expectStatus().isOk();
        read(SECRET_AUDITOR, "/api/archive/records/{id}", confidential.documentId()).expectStatus().isNotFound();
        read(zhoushen(), "/api/archive/records/{id}", topSecret.documentId()).expectStatus().isNotFound();
        read(TestInfrastructure.bearer("wangqiang"), "/api/archive/records/{id}", topSecret.documentId())
                .expectStatus().isOk().expectBody().jsonPath("$.kind").isEqualTo("INCOMING");
        read(SECRET_AUDITOR, "/api/archive/records?unit=SW&size=100").expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.documentId == '" + confidential.documentId() + "')]").isEmpty();
        read(TestInfrastructure.bearer("zhangwei"), "/api/archive/records/{id}", confidential.documentId())
                .expectStatus().isForbidden();
    }

    @Test
    void aConcludedMatterIsArchivedInItsOwnClassAndPassesTheFourPropertiesChecks() {
        RegistryMatterConcluded event = matter(null);
        publishRegistry(event);

        assertThat(archiveNoOf(event.documentId())).matches("Z011-WS·" + YEAR + "-D30-JB-\\d{4}");
        read(zhoushen(), "/api/archive/records/{id}", event.documentId()).expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("ASSIGNED_MATTER")
                .jsonPath("$.title").isEqualTo("交办事项：摸排辖区特困人员供养情况并形成报告")
                .jsonPath("$.registry.reports[0].progress").isEqualTo("已完成三个街道。")
                .jsonPath("$.registry.source").isEqualTo("MEETING")
                .jsonPath("$.trail[1].action").isEqualTo("PROGRESS_REPORTED");

        Map<?, ?> report = JSON.readValue(read(zhoushen(), "/api/archive/records/{id}/four-properties",
                event.documentId()).expectStatus().isOk().expectBody().returnResult().getResponseBody(), Map.class);
        assertThat(report.get("passed")).as("report %s", report).isEqualTo(true);
        byte[] zip = read(zhoushen(), "/api/archive/records/{id}/package", event.documentId()).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(zip).isNotEmpty();
    }

    @Test
    void anIncomingRecordPassesTheFourPropertiesChecksAndIsInTheLog() {
        RegistryIncomingConcluded event = incoming(null, receiptNumber(), null);
        publishRegistry(event);
        archiveNoOf(event.documentId());

        Map<?, ?> report = JSON.readValue(read(zhoushen(), "/api/archive/records/{id}/four-properties",
                event.documentId()).expectStatus().isOk().expectBody().returnResult().getResponseBody(), Map.class);
        assertThat(report.get("passed")).as("report %s", report).isEqualTo(true);
        read(zhoushen(), "/api/archive/records/{id}/proof", event.documentId()).expectStatus().isOk();
    }

    @Test
    void anIncomingDocumentAnsweredByAPermanentReplyIsKeptPermanently() {
        DocumentIssued reply = issued(freshUnit(), "决定");
        publish(reply);
        awaitArchived(reply);
        RegistryIncomingConcluded answered = incoming(null, receiptNumber(), reply.documentId());
        publishRegistry(answered);

        assertThat(archiveNoOf(answered.documentId())).matches("Z011-WS·" + YEAR + "-Y-SW-\\d{4}");
    }

    @Test
    void aConclusionFromARegistryBeforeArchivingIsSkippedNotParked() {
        RegistryIncomingConcluded legacy = new RegistryIncomingConcluded(UUID.randomUUID().toString(), 1, "已办。",
                null, "zhangwei", Instant.now());
        String eventId = publishRegistry(legacy);

        await().atMost(DEADLINE).until(() -> jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
        assertThat(recordsOf(legacy.documentId())).isZero();
        assertThat(EventType.REGISTRY_INCOMING_CONCLUDED.topic()).isEqualTo(Topics.REGISTRY);
    }
}
