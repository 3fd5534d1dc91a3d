package org.gongwen.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value as a producer wrote it against the subset of JSON Schema 2020-12 our event schemas use
 * ({@code $ref} into {@code $defs}, type, required, enum, format date-time/date, pattern, minLength,
 * minimum/maximum, items, properties). Stricter than a validator in one way: a field the schema does not
 * declare is reported although {@code additionalProperties} is true, because our own producers must only
 * write declared fields. With {@code everyPropertyPresent} a declared property missing from an object (or an
 * empty array) is reported too, which is how a fully populated sample proves that it covers the schema.
 */
final class JsonConformance {

    private final JsonNode root;
    private final boolean everyPropertyPresent;
    private final List<String> problems = new ArrayList<>();

    private JsonConformance(JsonNode root, boolean everyPropertyPresent) {
        this.root = root;
        this.everyPropertyPresent = everyPropertyPresent;
    }

    static List<String> problems(JsonNode value, JsonNode schema, boolean everyPropertyPresent) {
        JsonConformance conformance = new JsonConformance(schema, everyPropertyPresent);
        conformance.check("$", value, schema);
        return conformance.problems;
    }

    private void check(String path, JsonNode value, JsonNode schemaNode) {
        JsonNode schema = schemaNode.has("$ref")
                ? root.at(schemaNode.get("$ref").stringValue().substring(1))
                : schemaNode;
        Set<String> allowed = RecordSchemaComparison.types(schema);
        String actual = jsonType(value);
        if (!allowed.contains(actual) && !(actual.equals("integer") && allowed.contains("number"))) {
            problems.add(path + ": JSON " + actual + " where the schema allows " + allowed);
            return;
        }
        if (schema.has("enum") && !schema.get("enum").values().contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        switch (actual) {
            case "string" -> checkString(path, value.stringValue(), schema);
            case "integer", "number" -> checkNumber(path, value, schema);
            case "array" -> checkArray(path, value, schema);
            case "object" -> checkObject(path, value, schema);
            default -> {
            }
        }
    }

    private void checkString(String path, String text, JsonNode schema) {
        if (text.length() < schema.path("minLength").asInt(0)) {
            problems.add(path + ": shorter than minLength");
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").stringValue()).matcher(text).find()) {
            problems.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").stringValue());
        }
        String format = schema.path("format").asString("");
        try {
            switch (format) {
                case "date-time" -> OffsetDateTime.parse(text);
                case "date" -> LocalDate.parse(text);
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            problems.add(path + ": \"" + text + "\" is not a " + format);
        }
    }

    private void checkNumber(String path, JsonNode value, JsonNode schema) {
        if (schema.has("minimum") && value.longValue() < schema.get("minimum").longValue()) {
            problems.add(path + ": below minimum");
        }
        if (schema.has("maximum") && value.longValue() > schema.get("maximum").longValue()) {
            problems.add(path + ": above maximum");
        }
    }

    private void checkArray(String path, JsonNode array, JsonNode schema) {
        if (everyPropertyPresent && array.isEmpty()) {
            problems.add(path + ": empty, so its items are not covered");
        }
        int i = 0;
        for (JsonNode item : array.values()) {
            check(path + "[" + i++ + "]", item, schema.path("items"));
        }
    }

    private void checkObject(String path, JsonNode object, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        for (String name : RecordSchemaComparison.strings(schema.path("required"))) {
            if (!object.has(name)) {
                problems.add(path + "." + name + ": required but absent");
            }
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!properties.has(field.getKey())) {
                problems.add(path + "." + field.getKey() + ": not declared in the schema");
            } else {
                check(path + "." + field.getKey(), field.getValue(), properties.get(field.getKey()));
            }
        }
        if (everyPropertyPresent) {
            properties.propertyNames().stream()
                    .filter(name -> !object.has(name) || object.get(name).isNull())
                    .forEach(name -> problems.add(path + "." + name + ": declared but not in the sample"));
        }
    }

    private static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isString()) {
            return "string";
        } else if (value.isArray()) {
            return "array";
        }
        return "object";
    }
}
