package io.usercleanup.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usercleanup.core.service.FieldError;
import io.usercleanup.core.service.ValidationException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON request body field by field, collecting a precise error (with the field's path)
 * for every value of the wrong type and for every field it does not know, so that a typo such as
 * {@code excludeUser} is refused instead of silently ignored.
 *
 * <p>Every body is read strictly, and refused with where and why: one JSON object and nothing
 * after it, no key twice in an object (a last-wins reading would let a second {@code action}
 * override the first), at most {@value #MAX_DEPTH} levels of nesting (the API's own bodies use
 * two; Jackson's default would allow 1,000), numbers of at most {@value #MAX_NUMBER_DIGITS}
 * digits, strings of at most {@value #MAX_STRING_CHARS} characters, keys of at most
 * {@value #MAX_KEY_CHARS}, and bodies of at most {@value #MAX_BODY_CHARS} characters. The
 * shorter limits of each field (such as 255 characters for a name) are checked by the services
 * on the value as stored.
 */
final class JsonObject {
    /** Levels of objects and arrays inside each other, the body's own object counting as one. */
    static final int MAX_DEPTH = 8;
    /** Enough for any {@code long}. */
    static final int MAX_NUMBER_DIGITS = 20;
    static final int MAX_STRING_CHARS = 65_536;
    static final int MAX_KEY_CHARS = 256;
    /** A mebibyte of text: room for thousands of excluded usernames. */
    static final int MAX_BODY_CHARS = 1_048_576;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(MAX_KEY_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private JsonObject(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Parses a request body that must be one JSON object, strictly (see the class comment). */
    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationException.of(null, "The request body is empty; a JSON object is expected.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw ValidationException.of(null, "The request body is " + body.length() + " characters long; at most "
                    + MAX_BODY_CHARS + " are allowed.");
        }
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(body)) {
            node = MAPPER.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw ValidationException.of(null, "The request body has more after its JSON object"
                        + at(parser.currentTokenLocation()) + "; send exactly one JSON object.");
            }
        } catch (StreamConstraintsException e) {
            throw ValidationException.of(null, "The request body is over a limit" + at(e.getLocation()) + ": "
                    + limit(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw ValidationException.of(null, "The request body is not valid JSON: " + e.getOriginalMessage()
                    + at(e.getLocation()) + ".");
        } catch (IOException e) {
            throw ValidationException.of(null, "The request body could not be read: " + e.getMessage() + ".");
        }
        if (node == null || !node.isObject()) {
            throw ValidationException.of(null, "The request body must be a JSON object.");
        }
        return new JsonObject(node, "", new ArrayList<>());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The API's limit in its own words, for each of Jackson's stream constraints. */
    private static String limit(String jacksonMessage) {
        String message = jacksonMessage == null ? "" : jacksonMessage;
        if (message.contains("nesting depth")) {
            return "objects and lists may be nested at most " + MAX_DEPTH + " levels deep.";
        }
        if (message.startsWith("Number")) {
            return "a number may have at most " + MAX_NUMBER_DIGITS + " digits.";
        }
        if (message.startsWith("Name")) {
            return "a key may be at most " + MAX_KEY_CHARS + " characters long.";
        }
        if (message.startsWith("String")) {
            return "a string may be at most " + MAX_STRING_CHARS + " characters long.";
        }
        return message;
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

    /** A boolean that must be there: missing, {@code null} or not a boolean is an error. */
    Boolean requiredBool(String name) {
        if (value(name) == null) {
            error(name, "Required: true or false.");
            return null;
        }
        return bool(name);
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
