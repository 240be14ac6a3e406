package io.usercleanup.core.service;

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

    /** A required name of 1 to 255 characters (after trimming). */
    String name(String field, String value) {
        if (value == null || value.isBlank()) {
            error(field, "A name is required.");
            return value;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            error(field, "The name is " + trimmed.length() + " characters long; at most " + MAX_NAME_LENGTH
                    + " are allowed.");
        }
        return trimmed;
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
