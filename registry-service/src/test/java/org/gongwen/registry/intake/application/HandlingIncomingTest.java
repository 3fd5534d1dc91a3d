package org.gongwen.registry.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingAccepted;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingRegistered;
import org.gongwen.registry.intake.domain.ReceiptNumber;
import org.gongwen.registry.intake.domain.Registration;
import org.gongwen.registry.shared.application.InMemory;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

class HandlingIncomingTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Person QIANXIAO = new Person("qianxiao", "钱晓", "BGS", Set.of("CLERK"), Classification.秘密);
    static final Person LINA = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.秘密);

    final Stored stored = new Stored();
    final InMemory.Events events = new InMemory.Events();
    final HandlingIncoming handling = new HandlingIncoming(stored, events, InMemory.TRANSACTIONS,
            Clock.fixed(NOW, ZoneOffset.UTC), "BGS");

    static Registration form(String marking) {
        return new Registration("江城市财政局", null, "江城市财政局关于报送2027年度预算建议的通知", marking, null, 1,
                LocalDate.of(2026, 12, 7), null);
    }

    @Test
    void registeringStoresTheDocumentWithTheYearsNextNumberAndPublishesItsEvent() {
        IncomingDocument first = done(handling.register(form(null), QIANXIAO));
        IncomingDocument second = done(handling.register(form(null), QIANXIAO));

        assertThat(first.receiptNumber()).isEqualTo(new ReceiptNumber(2026, 1));
        assertThat(second.receiptNumber()).isEqualTo(new ReceiptNumber(2026, 2));
        assertThat(stored.documents).containsKeys(first.id(), second.id());
        assertThat(events.published).hasSize(2).allMatch(IncomingRegistered.class::isInstance);
    }

    @Test
    void aRefusedRegistrationStoresNothingPublishesNothingAndTakesNoNumber() {
        refusal(handling.register(form("内部"), QIANXIAO));

        assertThat(stored.documents).isEmpty();
        assertThat(events.published).isEmpty();
        assertThat(done(handling.register(form(null), QIANXIAO)).receiptNumber()).isEqualTo(new ReceiptNumber(2026, 1));
    }

    @Test
    void anActSavesTheNewStateAndPublishesOnlyWhenTheDomainAgrees() {
        IncomingDocument registered = done(handling.register(form(null), QIANXIAO));
        events.published.clear();

        refusal(handling.accept(registered.id(), LINA));
        assertThat(stored.documents.get(registered.id()).status()).isEqualTo(IncomingDocument.Status.REGISTERED);
        assertThat(events.published).isEmpty();

        done(handling.accept(registered.id(), QIANXIAO));
        assertThat(stored.documents.get(registered.id()).status()).isEqualTo(IncomingDocument.Status.ACCEPTED);
        assertThat(events.published).singleElement().isInstanceOf(IncomingAccepted.class);
    }

    @Test
    void anActOnAnUnknownDocumentIsANotFoundRefusal() {
        Refusal refused = refusal(handling.accept(UUID.randomUUID(), QIANXIAO));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refused.code()).isEqualTo("incoming-not-found");
    }

    static final class Stored implements IncomingDocuments {
        final Map<UUID, IncomingDocument> documents = new HashMap<>();
        final Map<Integer, Integer> lastNumber = new HashMap<>();

        @Override
        public Optional<IncomingDocument> lock(UUID id) {
            return Optional.ofNullable(documents.get(id));
        }

        @Override
        public void save(IncomingDocument document) {
            documents.put(document.id(), document);
        }

        @Override
        public ReceiptNumber nextReceiptNumber(int year) {
            return new ReceiptNumber(year, lastNumber.merge(year, 1, Integer::sum));
        }
    }
}
