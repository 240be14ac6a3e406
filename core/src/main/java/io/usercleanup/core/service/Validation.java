package io.usercleanup.core.service;

import io.usercleanup.core.model.Names;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before saying no, so an administrator sees them all at once. */
final class Validation {
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DAYS = 3650;

    private final List<FieldError> errors = new ArrayList<>();

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /**
     * A required name of 1 to 255 characters, as stored: NFC, trimmed, without control or
     * invisible characters; its lower-cased key (which can be longer) must fit too.
     */
    String name(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "A name is required.");
            return value;
        }
        String stored = text(field, value, "The name");
        if (stored != null && stored.isEmpty()) {
            error(field, "A name is required.");
        }
        return stored;
    }

    /**
     * Free text as stored ({@link FreeText#normalise}), or {@code null} after recording why it
     * cannot be: a forbidden character, or more than 255 characters in the stored text or in its
     * lower-cased key (the columns hold 255).
     *
     * @param what how the message names the value, such as {@code "The name"} or {@code "A username"}
     */
    String text(String field, String value, String what) {
        String stored = FreeText.normalise(value);
        String problem = FreeText.problem(stored);
        if (problem != null) {
            error(field, problem);
            return null;
        }
        if (stored.length() > MAX_NAME_LENGTH) {
            error(field, what + " is " + stored.length() + " characters long; at most " + MAX_NAME_LENGTH
                    + " are allowed.");
            return null;
        }
        int keyLength = Names.key(stored).length();
        if (keyLength > MAX_NAME_LENGTH) {
            error(field, what + " is " + keyLength + " characters long in lower case; at most " + MAX_NAME_LENGTH
                    + " are allowed.");
            return null;
        }
        return stored;
    }

    /** A day count from 0 to 3650. */
    void days(String field, Integer value) {
        if (value == null) {
            error(field, "A number of days is required.");
        } else if (value < 0 || value > MAX_DAYS) {
            error(field, "Must be between 0 and " + MAX_DAYS + " days (10 years); it is " + value + ".");
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
