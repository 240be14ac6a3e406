package io.usercleanup.core.service;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses enumerated input, reporting an unknown value with the accepted ones. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Validation validation, String field, String value, Class<E> type,
                                       E defaultValue) {
        if (value == null) {
            if (defaultValue == null) {
                validation.error(field, "A value is required: one of " + accepted(type) + ".");
            }
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        validation.error(field, "'" + value + "' is not one of " + accepted(type) + ".");
        return defaultValue;
    }

    private static <E extends Enum<E>> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
