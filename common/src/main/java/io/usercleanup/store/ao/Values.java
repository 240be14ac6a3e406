package io.usercleanup.store.ao;

import java.time.Instant;

/** Conversions between domain values and column values, with the column limits. */
final class Values {

    /** Names, usernames, emails and identifiers: Crowd's own limit for them. */
    static final int NAME_LENGTH = 255;

    /**
     * Per-outcome reasons. They are short messages, and a {@code VARCHAR} of this size (Active
     * Objects' largest portable one) keeps the outcome table free of LOB columns, which are slow to
     * read row by row on some databases. Longer reasons are cut, ending in {@link #ELLIPSIS}.
     */
    static final int REASON_LENGTH = 450;

    /** Enum constant names. */
    static final int CODE_LENGTH = 32;

    /** Marks text cut to fit its column. */
    static final String ELLIPSIS = "\u2026";

    private Values() {
    }

    /** A required name: not blank and at most {@link #NAME_LENGTH} characters. */
    static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return optionalName(value, field);
    }

    /** An optional name: {@code null}, or at most {@link #NAME_LENGTH} characters. */
    static String optionalName(String value, String field) {
        if (value != null && value.length() > NAME_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + NAME_LENGTH + " characters");
        }
        return value;
    }

    /**
     * The text, or its first characters followed by {@link #ELLIPSIS} so that the result has at most
     * {@code max} characters. A surrogate pair is never split.
     */
    static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** Epoch milliseconds of an instant, or {@code null}. */
    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** The instant of epoch milliseconds, or {@code null}. */
    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** The constant name of an enum value, or {@code null}. */
    static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The enum constant with the stored name, or {@code null} for {@code null}. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }
}
