package org.gongwen.registry.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.delivery.domain.Delivery;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliveriesPlanned;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliverySigned;
import org.gongwen.registry.delivery.domain.Distribution.IssuedDocument;
import org.gongwen.registry.shared.application.InMemory;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

class DistributingDocumentsTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Person LINA = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.秘密);

    final Stored stored = new Stored();
    final InMemory.Events events = new InMemory.Events();
    final DistributingDocuments distributing = new DistributingDocuments(stored, new Organisation() {
        @Override
        public Map<String, String> unitsByName() {
            return Map.of("养老服务科", "YLFW", "社会救助科", "SHJZ");
        }

        @Override
        public Instant signingDue(Instant at, String urgency) {
            return at.plus(Duration.ofDays("特急".equals(urgency) ? 0 : 1));
        }
    }, events, InMemory.TRANSACTIONS, Clock.fixed(NOW, ZoneOffset.UTC), "BGS");

    final IssuedDocument notice = new IssuedDocument(UUID.randomUUID(), "江民发〔2026〕7号", "关于做好冬季救助工作的通知",
            Classification.非密, "", List.of("养老服务科", "社会救助科"), List.of("江城市财政局"));

    @Test
    void anIssuedDocumentIsDistributedOnceHoweverOftenItsEventArrives() {
        List<Delivery> first = distributing.distribute(notice);
        List<Delivery> again = distributing.distribute(notice);

        assertThat(first).hasSize(3);
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(stored.deliveries).hasSize(3);
        assertThat(events.published).singleElement().isInstanceOfSatisfying(DeliveriesPlanned.class,
                planned -> assertThat(planned.recipients()).containsExactly("养老服务科", "社会救助科", "江城市财政局"));
        assertThat(first.get(0).signingDue()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void signingForADeliveryStoresItAndPublishesTheSignature() {
        Delivery toYlfw = distributing.distribute(notice).get(0);

        done(distributing.sign(toYlfw.id(), LINA));

        assertThat(stored.deliveries.get(toYlfw.id()).status()).isEqualTo(Delivery.Status.SIGNED);
        assertThat(events.published.get(events.published.size() - 1)).isInstanceOf(DeliverySigned.class);
    }

    static final class Stored implements Deliveries {
        final Map<UUID, Delivery> deliveries = new LinkedHashMap<>();

        @Override
        public List<Delivery> ofDocument(UUID documentId) {
            return new ArrayList<>(deliveries.values().stream().filter(d -> d.documentId().equals(documentId)).toList());
        }

        @Override
        public Optional<Delivery> lock(UUID id) {
            return Optional.ofNullable(deliveries.get(id));
        }

        @Override
        public void save(Delivery delivery) {
            deliveries.put(delivery.id(), delivery);
        }
    }
}
