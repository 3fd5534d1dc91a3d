package org.gongwen.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps {@code /asyncapi.yaml} in step with {@link EventType}, {@link Topics} and the JSON Schemas (contract §3):
 * each type is a message named after its {@code ce_type}, on the channel whose address is its topic (and on that
 * topic's dead-letter channel), with its schema file as payload by reference. A new type without its message,
 * or a message without its type, fails here.
 */
class AsyncApiDocumentTest {

    private static final Map<String, Object> DOC = load();

    @Test
    void documentIsAsyncApi3WithKafkaServers() {
        assertThat(DOC.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(DOC, "servers").values()).isNotEmpty()
                .allSatisfy(server -> assertThat(((Map<?, ?>) server).get("protocol")).isEqualTo("kafka"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageNamedAfterItsTypeWithItsSchemaAsPayload(EventType type) {
        Map<String, Object> message = map(map(DOC, "components"), "messages", type.typeName());

        assertThat(message.get("name")).isEqualTo(type.typeName());
        assertThat(message.get("title")).isEqualTo(type.payloadType().getSimpleName());
        assertThat(message.get("contentType")).isEqualTo("application/json");
        Map<String, Object> payload = map(message, "payload");
        String schemaRef = (String) map(payload, "schema").get("$ref");
        // relative to asyncapi.yaml, which sits beside schemas/ on the classpath and in the source tree
        assertThat(schemaRef).isEqualTo("." + type.schemaResource());
        assertThat(AsyncApiDocumentTest.class.getResource(type.schemaResource())).isNotNull();
        assertThat((String) payload.get("schemaFormat")).startsWith("application/schema+json");
        assertThat(message.get("traits")).asString().contains("#/components/messageTraits/cloudEvent");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeTravelsOnTheChannelOfItsTopicAndOnlyThere(EventType type) {
        String ref = "#/components/messages/" + type.typeName();
        List<String> addresses = new ArrayList<>();
        channels().values().forEach(channel -> {
            Map<String, Object> messages = map(channel, "messages");
            if (messages.values().stream().anyMatch(m -> ref.equals(((Map<?, ?>) m).get("$ref")))) {
                addresses.add((String) channel.get("address"));
            }
        });
        assertThat(addresses).containsExactlyInAnyOrder(type.topic(), Topics.deadLetterOf(type.topic()));
    }

    @Test
    void everyMessageIsAnEventTypeAndEveryChannelATopicOrItsDeadLetters() {
        Set<String> typeNames = Arrays.stream(EventType.values()).map(EventType::typeName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(map(map(DOC, "components"), "messages").keySet())).isEqualTo(typeNames);

        Set<String> expected = new TreeSet<>(Topics.ALL);
        Topics.ALL.forEach(topic -> expected.add(Topics.deadLetterOf(topic)));
        Set<String> addresses = channels().values().stream().map(c -> (String) c.get("address"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(addresses).isEqualTo(expected);
    }

    @Test
    void eachTopicHasOneSendOperationListingAllItsMessages() {
        channels().forEach((key, channel) -> {
            if (!Topics.ALL.contains((String) channel.get("address"))) {
                return;
            }
            List<Map<String, Object>> sends = map(DOC, "operations").values().stream()
                    .map(AsyncApiDocumentTest::asMap)
                    .filter(op -> "send".equals(op.get("action")))
                    .filter(op -> ("#/channels/" + key).equals(map(op, "channel").get("$ref")))
                    .toList();
            assertThat(sends).as("send operations on %s", key).hasSize(1);
            Set<String> listed = ((List<?>) sends.get(0).get("messages")).stream()
                    .map(m -> (String) ((Map<?, ?>) m).get("$ref")).collect(Collectors.toSet());
            Set<String> declared = map(channel, "messages").keySet().stream()
                    .map(name -> "#/channels/" + key + "/messages/" + name).collect(Collectors.toSet());
            assertThat(listed).isEqualTo(declared);
        });
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> dangling = new ArrayList<>();
        collectRefs(DOC).stream().filter(ref -> ref.startsWith("#/")).forEach(ref -> {
            Object node = DOC;
            for (String part : ref.substring(2).split("/")) {
                node = node instanceof Map<?, ?> m ? m.get(part) : null;
            }
            if (node == null) {
                dangling.add(ref);
            }
        });
        assertThat(dangling).isEmpty();
    }

    @Test
    void cloudEventHeadersAreTheOnesTheContractNames() {
        Map<String, Object> headers = map(map(map(DOC, "components"), "messageTraits"), "cloudEvent", "headers");
        assertThat(map(headers, "properties").keySet()).contains("ce_specversion", "ce_id", "ce_source", "ce_type",
                "ce_subject", "ce_time", "content-type", "traceparent");
        List<Object> required = List.copyOf((List<?>) headers.get("required"));
        assertThat(required).containsExactlyInAnyOrder("ce_specversion", "ce_id",
                "ce_source", "ce_type", "ce_subject", "ce_time");
    }

    private static Map<String, Map<String, Object>> channels() {
        Map<String, Map<String, Object>> channels = new java.util.LinkedHashMap<>();
        map(DOC, "channels").forEach((key, value) -> channels.put(key, asMap(value)));
        return channels;
    }

    private static List<String> collectRefs(Object node) {
        List<String> refs = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k) && v instanceof String s) {
                    refs.add(s);
                } else {
                    refs.addAll(collectRefs(v));
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> refs.addAll(collectRefs(v)));
        }
        return refs;
    }

    private static Map<String, Object> map(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            assertThat(current).as("path %s", String.join("/", path)).containsKey(key);
            current = asMap(current.get(key));
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> load() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("/asyncapi.yaml on the classpath").isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
