package org.gongwen.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the hand-written JSON Schemas in {@code /schemas} and the payload records in step, both ways, and
 * checks that what Jackson 3 writes for each event is what its schema documents.
 */
class EventSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsIdentifiedByItsTypeNameAndTitledAfterItsPayload(EventType type) {
        JsonNode schema = schemaOf(type);

        assertThat(schema.path("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").stringValue()).isEqualTo("urn:gongwen:event:" + type.typeName());
        assertThat(schema.path("title").stringValue()).isEqualTo(type.payloadType().getSimpleName());
        assertThat(schema.path("description").stringValue()).containsPattern("\\p{IsHan}").containsPattern("[a-z]{4}");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDeclaresExactlyThePayloadRecordsComponents(EventType type) {
        assertThat(RecordSchemaComparison.differences(type.payloadType(), schemaOf(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyObjectIsOpenAndEveryPropertyIsDescribedAndTyped(EventType type) {
        List<String> problems = new ArrayList<>();
        objectSchemas("$", schemaOf(type), (path, object) -> {
            if (!object.path("additionalProperties").asBoolean(false)) {
                problems.add(path + ": additionalProperties must be true, consumers ignore unknown fields");
            }
            if (object.path("description").asString("").isBlank()) {
                problems.add(path + ": no description");
            }
            object.path("properties").properties().forEach(p -> {
                if (p.getValue().path("description").asString("").isBlank()) {
                    problems.add(path + "." + p.getKey() + ": no description");
                }
                if (!p.getValue().has("type") && !p.getValue().has("$ref")) {
                    problems.add(path + "." + p.getKey() + ": neither type nor $ref");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void producersAlwaysSetDocumentIdAndRevision(EventType type) {
        assertThat(RecordSchemaComparison.strings(schemaOf(type).path("required")))
                .contains("documentId", "revision");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fullyPopulatedEventIsWrittenWithOnlyDeclaredFieldsOfCompatibleTypes(EventType type) {
        GongwenEvent event = EventSamples.fullyPopulated(type);
        assertThat(event.eventType()).isEqualTo(type);

        assertThat(JsonConformance.problems(written(event), schemaOf(type), true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventWithoutOptionalFieldsIsWrittenSoThatItsSchemaAcceptsIt(EventType type) {
        GongwenEvent event = EventSamples.withoutOptionalFields(type);

        assertThat(JsonConformance.problems(written(event), schemaOf(type), false)).isEmpty();
    }

    @Test
    void jacksonWritesInstantsAndLocalDatesAsIsoStrings() {
        JsonNode issued = written(EventSamples.fullyPopulated(EventType.DOCUMENT_ISSUED));

        assertThat(issued.get("issuedAt").isString()).isTrue();
        assertThat(issued.get("issuedAt").stringValue()).isEqualTo("2026-03-04T02:00:00Z");
        assertThat(issued.get("documentDate").stringValue()).isEqualTo("2026-03-04");
        assertThat(issued.get("trail").get(0).get("at").stringValue()).isEqualTo("2026-03-03T06:15:30.250Z");
        assertThat(JSON.readValue(JSON.writeValueAsString(EventSamples.fullyPopulated(EventType.DOCUMENT_ISSUED)),
                DocumentIssued.class)).isEqualTo(EventSamples.fullyPopulated(EventType.DOCUMENT_ISSUED));
    }

    @Test
    void sharedDefinitionsAreTheSameInEverySchema() {
        Map<String, JsonNode> first = new HashMap<>();
        List<String> drifted = new ArrayList<>();
        for (EventType type : EventType.values()) {
            schemaOf(type).path("$defs").properties().forEach(def -> {
                JsonNode earlier = first.putIfAbsent(def.getKey(), def.getValue());
                if (earlier != null && !earlier.equals(def.getValue())) {
                    drifted.add(type.typeName() + ": $defs." + def.getKey());
                }
            });
        }
        assertThat(first).containsOnlyKeys("Person", "DocumentContent", "AttachmentRef", "TrailEntry", "ChainStep",
                "RegistryAct", "CirculationReading", "ProgressReport");
        assertThat(drifted).isEmpty();
    }

    @Test
    void everySchemaFileBelongsToAnEventType() throws URISyntaxException, IOException {
        Path directory = Path.of(EventSchemasTest.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> "/schemas/" + f.getFileName()))
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(EventType.values()).map(EventType::schemaResource).toList());
        }
    }

    @Test
    void typeNamesAreUniqueVersionedAndFoundByName() {
        List<String> names = Arrays.stream(EventType.values()).map(EventType::typeName).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("gongwen\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+"));
        assertThat(EventType.values()).allSatisfy(t -> assertThat(EventType.byTypeName(t.typeName())).contains(t));
        assertThat(EventType.byTypeName("gongwen.draft.submitted.v2")).isEmpty();
    }

    @Test
    void topicsAreTheDeclaredTopicConstants() throws IllegalAccessException {
        List<Object> constants = new ArrayList<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add(field.get(null));
            }
        }
        assertThat(Topics.ALL).containsExactlyInAnyOrderElementsOf(constants.stream().map(String.class::cast).toList());
        assertThat(EventType.values()).allSatisfy(t -> assertThat(constants).contains(t.topic()));
    }

    @Test
    void everyPayloadRecordHasExactlyOneEventType() {
        assertThat(Arrays.stream(EventType.values()).<Class<?>>map(EventType::payloadType))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(GongwenEvent.class.getPermittedSubclasses());
    }

    // The checks above must be able to fail: run them on mutated copies of a correct schema.

    @Test
    void comparisonNoticesASchemaThatLacksAComponent() {
        JsonNode schema = mutated(EventType.DRAFT_SUBMITTED,
                s -> ((ObjectNode) s.at("/$defs/DocumentContent/properties")).remove("remarks"));

        assertThat(RecordSchemaComparison.differences(DraftSubmitted.class, schema))
                .containsExactly("DraftSubmitted.content.remarks: record component missing from the schema");
        assertThat(JsonConformance.problems(written(EventSamples.fullyPopulated(EventType.DRAFT_SUBMITTED)), schema,
                true)).containsExactly("$.content.remarks: not declared in the schema");
    }

    @Test
    void comparisonNoticesAPropertyOrRequiredFieldTheRecordLacks() {
        JsonNode schema = mutated(EventType.RECORD_ARCHIVED, s -> {
            ((ObjectNode) s.get("properties")).set("retention", s.at("/properties/archiveNo"));
            s.withArray("required").add("retention");
        });

        assertThat(RecordSchemaComparison.differences(RecordArchived.class, schema)).containsExactly(
                "RecordArchived.retention: schema property is not a record component",
                "RecordArchived.retention: required but not a record component");
        assertThat(JsonConformance.problems(written(EventSamples.fullyPopulated(EventType.RECORD_ARCHIVED)), schema,
                true)).contains("$.retention: required but absent");
    }

    @Test
    void comparisonNoticesAWrongTypeFormatOrNullability() {
        JsonNode schema = mutated(EventType.DOCUMENT_ISSUED, s -> {
            ((ObjectNode) s.at("/properties/revision")).put("type", "string");
            ((ObjectNode) s.at("/properties/documentDate")).put("format", "date-time");
            ((ObjectNode) s.at("/$defs/TrailEntry/properties/level")).put("type", "integer");
        });

        assertThat(RecordSchemaComparison.differences(DocumentIssued.class, schema)).containsExactlyInAnyOrder(
                "DocumentIssued.revision: Java type writes JSON integer, schema says [string]",
                "DocumentIssued.documentDate: expected format date, schema says date-time",
                "DocumentIssued.trail[].level: optional, so it must allow null (Jackson writes absent values as null)");
        assertThat(JsonConformance.problems(written(EventSamples.withoutOptionalFields(EventType.DOCUMENT_ISSUED)),
                schema, false)).containsExactlyInAnyOrder(
                "$.revision: JSON integer where the schema allows [string]",
                "$.documentDate: \"2026-03-04\" is not a date-time",
                "$.trail[0].level: JSON null where the schema allows [integer]");
    }

    private static JsonNode written(GongwenEvent event) {
        return JSON.readTree(JSON.writeValueAsString(event));
    }

    private static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource %s", type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode mutated(EventType type, Consumer<ObjectNode> mutation) {
        ObjectNode copy = (ObjectNode) schemaOf(type).deepCopy();
        mutation.accept(copy);
        return copy;
    }

    /** Every schema node that declares properties, with a readable path, the root included. */
    private static void objectSchemas(String path, JsonNode node, BiConsumer<String, JsonNode> visit) {
        if (node.has("properties")) {
            visit.accept(path, node);
        }
        node.properties().forEach(p -> {
            if (p.getValue().isObject()) {
                objectSchemas(path + "." + p.getKey(), p.getValue(), visit);
            }
        });
    }
}
