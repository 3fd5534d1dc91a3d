package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryDeliveriesPlanned;
import org.gongwen.events.RegistryDeliveryReturned;
import org.gongwen.events.RegistryDeliverySent;
import org.gongwen.events.RegistryDeliverySigned;
import org.junit.jupiter.api.Test;

/** document.issued on real Kafka → one delivery per 主送/抄送 organ, then 签收, 退回 and 寄发 through the API. */
class DistributionIT extends RegistryServiceIT {

    @Test
    void DLV_PLAN_1_everyRecipientGetsExactlyOneDeliveryOursInternalOthersExternal() {
        DocumentIssued event = issued(null, "加急", List.of("社会救助科", "各区民政局"), List.of("养老服务科", "社会救助科"));
        distribute(event);

        List<Map<String, Object>> deliveries = deliveriesOf(event.documentId());
        assertThat(deliveries).extracting(d -> d.get("recipient") + "/" + d.get("unit") + "/" + d.get("role") + "/"
                + d.get("route") + "/" + d.get("status")).containsExactly(
                "社会救助科/SHJZ/MAIN/INTERNAL/AWAITING_SIGNATURE",
                "各区民政局/null/MAIN/EXTERNAL/TO_SEND",
                "养老服务科/YLFW/COPY/INTERNAL/AWAITING_SIGNATURE");
        List<GongwenEvent> planned = registryEvents(event.documentId(), 1);
        assertThat(((RegistryDeliveriesPlanned) planned.get(0)).recipients())
                .containsExactly("社会救助科", "各区民政局", "养老服务科");
    }

    @Test
    void theSameIssuedDocumentIsDistributedOnceWhetherTheEventIsRedeliveredOrRepublished() {
        DocumentIssued event = issued(null, null, List.of("社会救助科"), List.of());
        String eventId = publish(event);
        awaitProcessed(eventId);
        publish(event, eventId);          // the broker delivers it again: skipped by event id
        distribute(event);                // review publishes it again under a new id: the deliveries exist already
        assertThat(deliveriesOf(event.documentId())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void DLV_SIGN_1_aPersonOfTheReceivingUnitSignsForItOnceAndTheSigningLeavesAsAnEvent() {
        DocumentIssued event = issued(null, null, List.of("社会救助科"), List.of("养老服务科"));
        distribute(event);
        String shjz = deliveryId(event, "SHJZ");

        get("zhangwei", "/api/registry/deliveries?pending=true&size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + shjz + "')].status").isEqualTo("AWAITING_SIGNATURE");
        postEmpty("lina", "/api/registry/deliveries/{id}/sign", shjz).expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.reason").isEqualTo("delivery-not-recipient");
        postEmpty("zhangwei", "/api/registry/deliveries/{id}/sign", shjz).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SIGNED").jsonPath("$.actedBy").isEqualTo("zhangwei")
                .jsonPath("$.actedAt").exists();
        postEmpty("zhangwei", "/api/registry/deliveries/{id}/sign", shjz).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reason").isEqualTo("delivery-already-answered");

        List<GongwenEvent> events = registryEvents(event.documentId(), 2);
        assertThat(events.get(1)).isInstanceOfSatisfying(RegistryDeliverySigned.class, signed -> {
            assertThat(signed.deliveryId()).isEqualTo(shjz);
            assertThat(signed.signedBy()).isEqualTo("zhangwei");
        });
    }

    @Test
    void DLV_RETURN_1_aDeliveryIsSentBackWithAReason() {
        DocumentIssued event = issued(null, null, List.of("养老服务科"), List.of());
        distribute(event);
        String ylfw = deliveryId(event, "YLFW");
        post("lina", "/api/registry/deliveries/{id}/return", Map.of("reason", " "), ylfw).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("DLV-RETURN-1")
                .jsonPath("$.violations[0].field").isEqualTo("reason");
        post("lina", "/api/registry/deliveries/{id}/return", Map.of("reason", "送错，应送社会救助科。"), ylfw)
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RETURNED")
                .jsonPath("$.note").isEqualTo("送错，应送社会救助科。");
        assertThat(registryEvents(event.documentId(), 2).get(1)).isInstanceOf(RegistryDeliveryReturned.class);
    }

    @Test
    void DLV_SIGN_2_aClassifiedDeliveryReachesOnlyPeopleClearedForIt() {
        DocumentIssued event = issued("机密", null, List.of("社会救助科"), List.of());
        distribute(event);
        String shjz = deliveryId(event, "SHJZ");
        get("zhangwei", "/api/registry/deliveries?size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + shjz + "')]").isEmpty();
        get("zhangwei", "/api/registry/deliveries/{id}", shjz).expectStatus().isNotFound();
        postEmpty("zhangwei", "/api/registry/deliveries/{id}/sign", shjz).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("delivery-clearance");
    }

    @Test
    void DLV_SEND_2_theOfficeSendsOutsideCopiesAClassifiedOneOnlyByAConfidentialChannel() {
        DocumentIssued event = issued("秘密", null, List.of("江城市财政局"), List.of());
        distribute(event);
        String outside = String.valueOf(deliveriesOf(event.documentId()).get(0).get("id"));
        get("qianxiao", "/api/registry/deliveries/outgoing?pending=true&size=200").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + outside + "')].route").isEqualTo("EXTERNAL");
        get("zhangwei", "/api/registry/deliveries/outgoing").expectStatus().isForbidden();
        post("zhangwei", "/api/registry/deliveries/{id}/sent", Map.of("channel", "机要交通"), outside)
                .expectStatus().isForbidden().expectBody().jsonPath("$.reason").isEqualTo("delivery-send-not-office");
        post("qianxiao", "/api/registry/deliveries/{id}/sent", Map.of("channel", "普通邮寄"), outside)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("DLV-SEND-2");
        post("qianxiao", "/api/registry/deliveries/{id}/sent", Map.of("channel", "机要交通"), outside)
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SENT");
        postEmpty("zhangwei", "/api/registry/deliveries/{id}/sign", outside).expectStatus().isEqualTo(409);
        assertThat(registryEvents(event.documentId(), 2).get(1)).isInstanceOfSatisfying(RegistryDeliverySent.class,
                sent -> assertThat(sent.channel()).isEqualTo("机要交通"));
    }

    @Test
    void withoutATokenTheAnswerIsAProblemNotAnError() {
        web.get().uri("/api/registry/deliveries").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    private String deliveryId(DocumentIssued event, String unit) {
        return deliveriesOf(event.documentId()).stream().filter(d -> unit.equals(d.get("unit")))
                .map(d -> String.valueOf(d.get("id"))).findFirst().orElseThrow();
    }
}
