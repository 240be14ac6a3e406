package io.usercleanup.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usercleanup.core.service.FieldError;
import io.usercleanup.core.service.ValidationException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON request body field by field, collecting a precise error (with the field's path)
 * for every value of the wrong type and for every field it does not know, so that a typo such as
 * {@code excludeUser} is refused instead of silently ignored.
 */
final class JsonObject {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private JsonObject(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Parses a request body that must be one JSON object. */
    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationException.of(null, "The request body is empty; a JSON object is expected.");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(null, "The request body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
        if (node == null || !node.isObject()) {
            throw ValidationException.of(null, "The request body must be a JSON object.");
        }
        return new JsonObject(node, "", new ArrayList<>());
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private void error(String name, String message) {
        errors.add(new FieldError(field(name), message));
    }

    String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error(name, "Must be a string.");
            return null;
        }
        return value.textValue();
    }

    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error(name, "Must be true or false.");
            return null;
        }
        return value.booleanValue();
    }

    Integer integer(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(name, "Must be a whole number.");
            return null;
        }
        return value.intValue();
    }

    Long longValue(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            error(name, "Must be a whole number.");
            return null;
        }
        return value.longValue();
    }

    List<String> texts(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        if (!value.isArray()) {
            error(name, "Must be a list of strings.");
            return null;
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                error(name, "Must be a list of strings.");
                return null;
            }
            result.add(item.textValue());
        }
        return result;
    }

    List<Long> longs(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        List<Long> result = new ArrayList<>();
        if (!value.isArray()) {
            error(name, "Must be a list of whole numbers.");
            return null;
        }
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                error(name, "Must be a list of whole numbers.");
                return null;
            }
            result.add(item.longValue());
        }
        return result;
    }

    /** A nested object, or an empty one when the field is missing or null. */
    JsonObject object(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return new JsonObject(MAPPER.createObjectNode(), field(name), errors);
        }
        if (!value.isObject()) {
            error(name, "Must be a JSON object.");
            return new JsonObject(MAPPER.createObjectNode(), field(name), errors);
        }
        return new JsonObject(value, field(name), errors);
    }

    /** Whether the field is present with a non-null value. */
    boolean has(String name) {
        return value(name) != null;
    }

    /** Reports every field of this object that is not one of the known names. */
    void rejectUnknownFields(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, "Unknown field; the accepted fields are " + String.join(", ", new java.util.TreeSet<>(known))
                        + ".");
            }
        }
    }

    /** Throws every error collected so far, for this object and the objects nested in it. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
