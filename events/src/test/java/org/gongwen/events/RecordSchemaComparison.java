package org.gongwen.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Walks a payload record and its JSON Schema side by side (through nested records and lists of records) and
 * lists every place where they disagree: a component the schema lacks, a property the record lacks, a required
 * field that is no component, a JSON type or format that does not fit the Java type, nullability that does not
 * fit "required", and {@code $defs} nobody refers to.
 */
final class RecordSchemaComparison {

    /** The JSON type (and format) Jackson 3 writes for each scalar Java type used in the records. */
    private record Scalar(String jsonType, String format) {
    }

    private static final Map<Class<?>, Scalar> SCALARS = Map.of(
            String.class, new Scalar("string", null),
            int.class, new Scalar("integer", null),
            Integer.class, new Scalar("integer", null),
            long.class, new Scalar("integer", null),
            Long.class, new Scalar("integer", null),
            boolean.class, new Scalar("boolean", null),
            Boolean.class, new Scalar("boolean", null),
            Instant.class, new Scalar("string", "date-time"),
            LocalDate.class, new Scalar("string", "date"));

    private final JsonNode root;
    private final List<String> differences = new ArrayList<>();
    private final Set<String> usedDefinitions = new TreeSet<>();

    private RecordSchemaComparison(JsonNode root) {
        this.root = root;
    }

    static List<String> differences(Class<?> recordType, JsonNode schema) {
        RecordSchemaComparison comparison = new RecordSchemaComparison(schema);
        comparison.compareRecord(recordType.getSimpleName(), recordType, schema);
        schema.path("$defs").propertyNames().stream()
                .filter(name -> !comparison.usedDefinitions.contains(name))
                .forEach(name -> comparison.differences.add("$defs." + name + ": defined but never referred to"));
        return comparison.differences;
    }

    private void compareRecord(String path, Class<?> recordType, JsonNode schema) {
        // an optional record is ["object", "null"]; whether null fits "required" is compareValue's question
        Set<String> objectTypes = types(schema);
        objectTypes.remove("null");
        if (!objectTypes.equals(Set.of("object"))) {
            differences.add(path + ": a record, but the schema type is " + types(schema));
        }
        JsonNode properties = schema.path("properties");
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        Arrays.stream(recordType.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
        Set<String> required = strings(schema.path("required"));

        components.forEach((name, component) -> {
            if (!properties.has(name)) {
                differences.add(path + "." + name + ": record component missing from the schema");
            } else {
                compareValue(path + "." + name, component.getGenericType(), properties.get(name),
                        required.contains(name), component.getType().isPrimitive());
            }
        });
        properties.propertyNames().stream().filter(name -> !components.containsKey(name))
                .forEach(name -> differences.add(path + "." + name + ": schema property is not a record component"));
        required.stream().filter(name -> !components.containsKey(name))
                .forEach(name -> differences.add(path + "." + name + ": required but not a record component"));
    }

    private void compareValue(String path, Type javaType, JsonNode propertySchema, boolean required,
                              boolean primitive) {
        JsonNode schema = resolve(path, propertySchema);
        Set<String> types = types(schema);
        boolean nullable = types.remove("null");
        if (primitive && !required) {
            differences.add(path + ": a primitive is always written, so it must be required");
        }
        if (required && nullable) {
            differences.add(path + ": required, so it must not allow null");
        }
        if (!required && !nullable) {
            differences.add(path + ": optional, so it must allow null (Jackson writes absent values as null)");
        }
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw.isRecord()) {
            compareRecord(path, raw, schema);
        } else if (List.class.equals(raw)) {
            expect(path, types, "array", schema, null);
            Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            compareValue(path + "[]", element, schema.path("items"), true, false);
        } else if (SCALARS.containsKey(raw)) {
            Scalar scalar = SCALARS.get(raw);
            expect(path, types, scalar.jsonType(), schema, scalar.format());
        } else {
            differences.add(path + ": no JSON mapping known for " + javaType.getTypeName());
        }
    }

    private void expect(String path, Set<String> types, String jsonType, JsonNode schema, String format) {
        if (!types.equals(Set.of(jsonType))) {
            differences.add(path + ": Java type writes JSON " + jsonType + ", schema says " + types);
        }
        String declaredFormat = schema.path("format").isString() ? schema.path("format").stringValue() : null;
        if (format == null ? declaredFormat != null : !format.equals(declaredFormat)) {
            differences.add(path + ": expected format " + format + ", schema says " + declaredFormat);
        }
    }

    private JsonNode resolve(String path, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").stringValue();
        String name = ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : ref;
        JsonNode definition = root.path("$defs").path(name);
        if (definition.isMissingNode()) {
            differences.add(path + ": $ref " + ref + " does not resolve within the file");
        }
        usedDefinitions.add(name);
        return definition;
    }

    /** The schema's {@code type} as a mutable set; {@code $ref}-only nodes resolve before this is asked. */
    static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new LinkedHashSet<>();
        if (type.isString()) {
            types.add(type.stringValue());
        } else {
            type.values().forEach(t -> types.add(t.stringValue()));
        }
        return types;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> strings = new LinkedHashSet<>();
        array.values().forEach(v -> strings.add(v.stringValue()));
        return strings;
    }
}
