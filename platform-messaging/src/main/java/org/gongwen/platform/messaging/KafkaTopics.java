package org.gongwen.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.gongwen.events.Topics;

/** Creates gongwen's topics and their dead-letter topics when they are missing. */
final class KafkaTopics {

    /**
     * {@code Admin.close()} waits without limit for the admin's pending calls, and with a broker that is away or
     * too slow to answer it can wait forever (apache/kafka#16422): the chaos run found an outbox relay parked there
     * for good (jstack), its outbox never published again. Calls still pending after this are abandoned.
     */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private KafkaTopics() {
    }

    /** @return true once every topic exists; false if the broker could not be reached in time */
    static boolean ensure(MessagingProperties properties, Collection<String> topics) {
        List<String> wanted = new ArrayList<>();
        for (String topic : topics) {
            wanted.add(topic);
            wanted.add(Topics.deadLetterOf(topic));
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        Admin admin = Admin.create(config);
        try {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, properties.partitions(), properties.replicationFactor()))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }
}
