package io.usercleanup.rest;

import io.usercleanup.core.service.FieldError;
import io.usercleanup.core.service.FreeText;
import io.usercleanup.core.service.ValidationException;

import javax.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a request, parsed by the app itself rather than by the REST
 * container, so that every bad value is a {@code 400} naming the parameter (the container would
 * answer {@code 404} for {@code ?start=abc}): malformed percent-encoding or UTF-8, a parameter
 * given twice, a value that is not a whole number or is out of its range, text with control or
 * invisible characters.
 */
final class QueryParams {
    /** Query text is at most this long (the longest stored value is 255 characters). */
    static final int MAX_TEXT_CHARS = 255;

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's query string as the container received it, before any decoding. */
    static QueryParams of(HttpServletRequest request) {
        return parse(request.getQueryString());
    }

    /** Parses a raw (still percent-encoded) query string, {@code null} for none. */
    static QueryParams parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
                String name = decode(rawName);
                if (name == null) {
                    errors.add(new FieldError(rawName, "The parameter's name is not valid percent-encoded UTF-8."));
                    continue;
                }
                String value = decode(rawValue);
                if (value == null) {
                    errors.add(new FieldError(name, "The value is not valid percent-encoded UTF-8 (such as %20 for"
                            + " a space, %25 for %)."));
                    continue;
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new QueryParams(values);
    }

    /** Decodes {@code +} and {@code %XX} escapes strictly; {@code null} when malformed. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Every value of a parameter that may be given more than once, in the order given; empty when not given. */
    List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** The parameter's only value, or {@code null} when it is not given. */
    private String single(String name) {
        List<String> given = values.get(name);
        if (given == null) {
            return null;
        }
        if (given.size() > 1) {
            throw ValidationException.of(name, "Given " + given.size() + " times; give it at most once.");
        }
        return given.get(0);
    }

    /**
     * Text of at most {@value #MAX_TEXT_CHARS} characters without control or invisible
     * characters, or the fallback when not given.
     */
    String text(String name, String fallback) {
        String value = single(name);
        if (value == null) {
            return fallback;
        }
        String problem = FreeText.problem(value);
        if (problem != null) {
            throw ValidationException.of(name, problem);
        }
        if (value.length() > MAX_TEXT_CHARS) {
            throw ValidationException.of(name, "The value is " + value.length() + " characters long; at most "
                    + MAX_TEXT_CHARS + " are allowed.");
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}, or the fallback when not given. */
    long whole(String name, long fallback, long min, long max) {
        String value = single(name);
        if (value == null) {
            return fallback;
        }
        String range = "a whole number from " + min + " to " + max;
        if (value.isEmpty()) {
            throw ValidationException.of(name, "Must be " + range + "; it is empty.");
        }
        if (!value.matches("[+-]?[0-9]{1,19}")) {
            throw ValidationException.of(name, "Must be " + range + "; it is '" + shortened(value) + "'.");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "Must be " + range + "; it is " + value + ".");
        }
        if (parsed < min || parsed > max) {
            throw ValidationException.of(name, "Must be " + range + "; it is " + parsed + ".");
        }
        return parsed;
    }

    /** A whole number from {@code min} to {@code max} that fits an {@code int}. */
    int integer(String name, int fallback, int min, int max) {
        return (int) whole(name, fallback, min, max);
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
