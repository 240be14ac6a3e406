package io.usercleanup.devhost.jira;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One value of a fixture document together with its JSON path, so that every check can say
 * exactly where the value is. All type checks are strict: a fixture is written by hand, and a
 * quoted number or a misspelt field is far more likely a mistake than an intention.
 */
final class FixtureNode {
    private final String source;
    private final JsonNode node;
    private final String path;

    FixtureNode(String source, JsonNode node, String path) {
        this.source = source;
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    FixtureException error(String reason) {
        return new FixtureException(source, path, reason);
    }

    /** Checks that this is an object with no fields but the allowed ones. */
    FixtureNode object(List<String> allowedFields) {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                throw child(name).error("unknown field (expected one of: " + String.join(", ", allowedFields) + ")");
            }
        }
        return this;
    }

    /** A field that must be present; it may still be {@code null}, which the type checks refuse. */
    FixtureNode required(String name) {
        if (!node.has(name)) {
            throw child(name).error("missing required field");
        }
        return child(name);
    }

    /** A field that may be absent; absent and {@code null} both read as empty. */
    Optional<FixtureNode> optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
    }

    List<FixtureNode> elements() {
        if (!node.isArray()) {
            throw error("expected an array, found " + describe(node));
        }
        List<FixtureNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new FixtureNode(source, node.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    String text() {
        if (!node.isTextual()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /** A name or key: a string that is not blank and has no whitespace around it. */
    String name() {
        String text = text();
        if (text.isBlank()) {
            throw error("must not be blank");
        }
        if (!text.strip().equals(text)) {
            throw error("must not start or end with whitespace: \"" + text + "\"");
        }
        return text;
    }

    long positiveLong() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error("expected an integer, found " + describe(node));
        }
        long value = node.longValue();
        if (value <= 0) {
            throw error("must be a positive integer, found " + value);
        }
        return value;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** An ISO-8601 instant such as {@code 2024-01-10T08:00:00Z} (an offset instead of Z is fine). */
    Instant instant() {
        String text = text();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 instant such as 2024-01-10T08:00:00Z, found \"" + text + "\"");
        }
    }

    private FixtureNode child(String name) {
        return new FixtureNode(source, node.get(name), path + "." + name);
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "a string (\"" + value.textValue() + "\")";
        }
        if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        }
        if (value.isBoolean()) {
            return "a boolean (" + value.asText() + ")";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
