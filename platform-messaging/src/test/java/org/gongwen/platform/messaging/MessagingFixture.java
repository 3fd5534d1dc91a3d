package org.gongwen.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.gongwen.events.DraftWithdrawn;
import org.gongwen.events.EventType;
import org.gongwen.events.Person;
import org.gongwen.testsupport.PostgresServer;
import org.gongwen.testsupport.TestInfrastructure;
import org.gongwen.testsupport.TestKafka;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Real PostgreSQL and Kafka wired by hand, so each test controls exactly which relay or consumer runs. */
final class MessagingFixture {

    static final String DATABASE = "gongwen_messaging_test";

    final DataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate tx;
    final EventCodec codec = new EventCodec(JsonMapper.builder().build());
    final String bootstrap = TestInfrastructure.kafkaBootstrap();

    MessagingFixture() {
        PostgresServer pg = TestInfrastructure.postgres();
        pg.createDatabase(DATABASE);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(pg.jdbcUrl(DATABASE));
        ds.setUser(pg.user());
        ds.setPassword(pg.password());
        Flyway.configure().dataSource(ds).locations("classpath:db/platform", "classpath:db/testeffects").load().migrate();
        this.dataSource = ds;
        this.jdbc = JdbcClient.create(ds);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    MessagingProperties properties(String servers, String group) {
        return new MessagingProperties(servers, "/gongwen/test", group, 3, (short) 1, Duration.ofMillis(100), 50,
                Duration.ofSeconds(3), 3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofDays(1));
    }

    Outbox outbox(OutboxRelay relay) {
        return new Outbox(jdbc, codec, "/gongwen/test", Clock.systemUTC(), relay::wakeUp);
    }

    OutboxRelay relay(String servers) {
        return new OutboxRelay(jdbc, tx, codec, properties(servers, "relay"), Clock.systemUTC());
    }

    static DraftWithdrawn withdrawn(String documentId) {
        return new DraftWithdrawn(documentId, 1, new Person("zhangwei", "张伟", "SHJZ"), Instant.now());
    }

    /** A handler of {@code gongwen.draft.withdrawn.v1}, the event the tests here send. */
    static EventHandler withdrawals(Consumer<EventEnvelope> handling) {
        return new EventHandler() {
            @Override
            public Set<EventType> handles() {
                return Set.of(EventType.DRAFT_WITHDRAWN);
            }

            @Override
            public void handle(EventEnvelope event) {
                handling.accept(event);
            }
        };
    }

    static String newDocumentId() {
        return UUID.randomUUID().toString();
    }

    List<ConsumerRecord<String, byte[]>> readAll(String topic, String key, int expected, Duration deadline) {
        return TestKafka.read(topic, key, expected, deadline);
    }
}
