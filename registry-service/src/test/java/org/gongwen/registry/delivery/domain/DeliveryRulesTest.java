package org.gongwen.registry.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.delivery.domain.Delivery.Route;
import org.gongwen.registry.delivery.domain.Delivery.Status;
import org.gongwen.registry.delivery.domain.Distribution.IssuedDocument;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Instant DUE = NOW.plus(Duration.ofDays(1));
    static final Map<String, String> OUR_UNITS = Map.of("社会救助科", "SHJZ", "养老服务科", "YLFW", "办公室", "BGS");
    static final Person LINA = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.秘密);
    static final Person ZHANGWEI = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.秘密);
    static final Person QIANXIAO = new Person("qianxiao", "钱晓", "BGS", Set.of("CLERK"), Classification.秘密);

    static IssuedDocument notice(Classification classification, List<String> main, List<String> copies) {
        return new IssuedDocument(UUID.randomUUID(), "江民发〔2026〕7号", "江城市民政局关于做好冬季救助工作的通知",
                classification, "", main, copies);
    }

    static List<Delivery> plan(IssuedDocument document) {
        return Distribution.plan(document, OUR_UNITS, NOW, DUE);
    }

    @Test
    void DLV_PLAN_1_everyMainAndCopyOrganGetsExactlyOneDeliveryMainWinning() {
        List<Delivery> deliveries = plan(notice(Classification.非密, List.of("社会救助科", "养老服务科"),
                List.of("养老服务科", "江城市财政局")));

        assertThat(deliveries).extracting(Delivery::recipient)
                .containsExactly("社会救助科", "养老服务科", "江城市财政局");
        assertThat(deliveries).extracting(Delivery::role)
                .containsExactly(Delivery.Role.MAIN, Delivery.Role.MAIN, Delivery.Role.COPY);
        assertThat(deliveries).extracting(Delivery::route).containsExactly(Route.INTERNAL, Route.INTERNAL, Route.EXTERNAL);
        assertThat(deliveries).extracting(Delivery::status)
                .containsExactly(Status.AWAITING_SIGNATURE, Status.AWAITING_SIGNATURE, Status.TO_SEND);
    }

    @Test
    void DLV_SIGN_1_onlyAPersonOfTheReceivingUnitSignsAndTheTimeIsRecorded() {
        Delivery toYlfw = plan(notice(Classification.非密, List.of("养老服务科"), List.of())).get(0);

        assertThat(refusal(toYlfw.sign(ZHANGWEI, NOW)).code()).isEqualTo("delivery-not-recipient");
        Delivery signed = done(toYlfw.sign(LINA, NOW.plusSeconds(60)));
        assertThat(signed.status()).isEqualTo(Status.SIGNED);
        assertThat(signed.actedBy()).isEqualTo("lina");
        assertThat(signed.actedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void DLV_SIGN_2_aClassifiedDeliveryReachesOnlyClearedPeople() {
        Delivery secret = plan(notice(Classification.机密, List.of("养老服务科"), List.of())).get(0);

        Refusal refused = refusal(secret.sign(LINA, NOW));
        assertThat(refused.code()).isEqualTo("delivery-clearance");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        Person cleared = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.机密);
        assertThat(done(secret.sign(cleared, NOW)).status()).isEqualTo(Status.SIGNED);
    }

    @Test
    void DLV_SIGN_3_aDeliveryIsAnsweredOnce() {
        Delivery signed = done(plan(notice(Classification.非密, List.of("养老服务科"), List.of())).get(0).sign(LINA, NOW));

        assertThat(refusal(signed.sign(LINA, NOW)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal(signed.sendBack(LINA, "送错", NOW)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void DLV_RETURN_1_aReturnNeedsAReason() {
        Delivery delivery = plan(notice(Classification.非密, List.of("养老服务科"), List.of())).get(0);

        Refusal refused = refusal(delivery.sendBack(LINA, "  ", NOW));
        assertThat(refused.rule()).isEqualTo("DLV-RETURN-1");
        assertThat(refused.violations()).singleElement().extracting(v -> v.field()).isEqualTo("reason");
        Delivery returned = done(delivery.sendBack(LINA, "送错：应送社会救助科", NOW));
        assertThat(returned.status()).isEqualTo(Status.RETURNED);
        assertThat(returned.note()).isEqualTo("送错：应送社会救助科");
    }

    @Test
    void DLV_SEND_1_outsideCopiesAreSentOnceByTheOfficeClerkAndNotSignedFor() {
        Delivery external = plan(notice(Classification.非密, List.of("江城市财政局"), List.of())).get(0);

        assertThat(refusal(external.sign(LINA, NOW)).code()).isEqualTo("delivery-not-internal");
        assertThat(refusal(external.markSent(LINA, "BGS", "邮寄", NOW)).code()).isEqualTo("delivery-send-not-office");
        Delivery sent = done(external.markSent(QIANXIAO, "BGS", "邮寄", NOW));
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.note()).isEqualTo("邮寄");
        assertThat(refusal(sent.markSent(QIANXIAO, "BGS", "邮寄", NOW)).code()).isEqualTo("delivery-already-sent");
    }

    @Test
    void DLV_SEND_2_aClassifiedCopyTravelsOnlyThroughAConfidentialChannel() {
        Delivery external = plan(notice(Classification.秘密, List.of("江城市财政局"), List.of())).get(0);

        assertThat(refusal(external.markSent(QIANXIAO, "BGS", "电子邮件", NOW)).rule()).isEqualTo("DLV-SEND-2");
        assertThat(done(external.markSent(QIANXIAO, "BGS", "机要交通", NOW)).status()).isEqualTo(Status.SENT);
    }

    @Test
    void anUnsignedDeliveryIsOverdueAfterItsDueTimeOnly() {
        Delivery delivery = plan(notice(Classification.非密, List.of("养老服务科"), List.of())).get(0);

        assertThat(delivery.overdue(DUE)).isFalse();
        assertThat(delivery.overdue(DUE.plusSeconds(1))).isTrue();
        assertThat(done(delivery.sign(LINA, NOW)).overdue(DUE.plusSeconds(1))).isFalse();
    }
}
