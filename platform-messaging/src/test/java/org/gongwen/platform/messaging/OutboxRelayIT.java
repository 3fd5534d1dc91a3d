package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.Topics;
import org.junit.jupiter.api.Test;

class OutboxRelayIT {

    private final MessagingFixture fixture = new MessagingFixture();

    @Test
    void publishesCommittedEventsInOrderWithCloudEventsHeaders() {
        OutboxRelay relay = fixture.relay(fixture.bootstrap);
        Outbox outbox = fixture.outbox(relay);
        String documentId = MessagingFixture.newDocumentId();

        fixture.tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                outbox.append(MessagingFixture.withdrawn(documentId));
            }
        });
        drain(relay);

        List<ConsumerRecord<String, byte[]>> records = fixture.readAll(Topics.DRAFTING, documentId, 3, Duration.ofSeconds(20));
        assertThat(records).hasSize(3);
        assertThat(records).extracting(ConsumerRecord::offset).isSorted();
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo("gongwen.draft.withdrawn.v1");
        assertThat(header(first, CloudEventHeaders.SUBJECT)).isEqualTo(documentId);
        assertThat(header(first, CloudEventHeaders.SOURCE)).isEqualTo("/gongwen/test");
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(fixture.codec.decode(first, org.gongwen.events.EventType.DRAFT_WITHDRAWN).payload().documentId())
                .isEqualTo(documentId);
    }

    @Test
    void rolledBackStateChangeLeavesNoEvent() {
        OutboxRelay relay = fixture.relay(fixture.bootstrap);
        Outbox outbox = fixture.outbox(relay);
        String documentId = MessagingFixture.newDocumentId();

        assertThatThrownBy(() -> fixture.tx.executeWithoutResult(s -> {
            outbox.append(MessagingFixture.withdrawn(documentId));
            throw new IllegalStateException("the state change failed");
        })).hasMessage("the state change failed");

        assertThat(fixture.jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = ?").param(documentId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        Outbox outbox = fixture.outbox(fixture.relay(fixture.bootstrap));
        assertThatThrownBy(() -> outbox.append(MessagingFixture.withdrawn("x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArePublishedOnceItIsBack() throws Exception {
        OutboxRelay downRelay = fixture.relay("127.0.0.1:" + closedPort());
        Outbox outbox = fixture.outbox(downRelay);
        String documentId = MessagingFixture.newDocumentId();
        fixture.tx.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                outbox.append(MessagingFixture.withdrawn(documentId));
            }
        });

        assertThatThrownBy(downRelay::relayOnce).isInstanceOf(IllegalStateException.class);
        assertThat(unpublished(documentId)).isEqualTo(5);

        OutboxRelay backRelay = fixture.relay(fixture.bootstrap);
        drain(backRelay);
        drain(backRelay);

        assertThat(unpublished(documentId)).isZero();
        List<ConsumerRecord<String, byte[]>> records = fixture.readAll(Topics.DRAFTING, documentId, 5, Duration.ofSeconds(20));
        assertThat(records).hasSize(5);
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
    }

    @Test
    void anInstanceThatFindsTheRelayLockTakenLooksAgainSoonNotAfterTheRelayInterval() throws Exception {
        // a relay interval far beyond the deadline below: only the quick look after a taken lock can publish in time
        MessagingProperties slow = new MessagingProperties(fixture.bootstrap, "/gongwen/test", "relay", 3, (short) 1,
                Duration.ofMinutes(2), 50, Duration.ofSeconds(3), 3, Duration.ofMillis(20), Duration.ofMillis(200),
                Duration.ofDays(1));
        OutboxRelay relay = new OutboxRelay(fixture.jdbc, fixture.tx, fixture.codec, slow, Clock.systemUTC());
        String documentId = MessagingFixture.newDocumentId();
        fixture.tx.executeWithoutResult(s -> fixture.outbox(relay).append(MessagingFixture.withdrawn(documentId)));
        try (Connection otherInstance = fixture.dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (Statement relaying = otherInstance.createStatement()) {
                relaying.execute("SELECT pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")");
            }
            relay.start();
            await().atMost(Duration.ofSeconds(30)).until(relay::lockTakenElsewhere);
            otherInstance.commit(); // the other instance's batch is done; this row was not in it
        }
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(documentId) == 0);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aCommitWakesAnIdleRelayItDoesNotWaitForTheRelayInterval() {
        // an interval far beyond the deadlines below: only the wake-up after commit can publish in time
        MessagingProperties patient = new MessagingProperties(fixture.bootstrap, "/gongwen/test", "relay", 3, (short) 1,
                Duration.ofMinutes(2), 50, Duration.ofSeconds(3), 3, Duration.ofMillis(20), Duration.ofMillis(200),
                Duration.ofDays(1));
        OutboxRelay relay = new OutboxRelay(fixture.jdbc, fixture.tx, fixture.codec, patient, Clock.systemUTC());
        Outbox outbox = fixture.outbox(relay);
        relay.start();
        try {
            String first = MessagingFixture.newDocumentId();
            fixture.tx.executeWithoutResult(s -> outbox.append(MessagingFixture.withdrawn(first)));
            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(first) == 0);
            // the relay has scanned and gone quiet: the next row is only published if its commit wakes the relay
            String second = MessagingFixture.newDocumentId();
            fixture.tx.executeWithoutResult(s -> outbox.append(MessagingFixture.withdrawn(second)));
            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(second) == 0);
        } finally {
            relay.stop();
        }
    }

    private long unpublished(String documentId) {
        return fixture.jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = ? AND published_at IS NULL")
                .param(documentId).query(Long.class).single();
    }

    private static void drain(OutboxRelay relay) {
        while (relay.relayOnce() > 0) {
            // keep going until the outbox is empty
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
