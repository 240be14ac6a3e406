package io.usercleanup.core.rules;

/**
 * The identity provider identifier of a user, or why there is none.
 *
 * @param value  the identifier, or {@code null}
 * @param reason why there is no usable identifier, or {@code null}
 */
public record Identifier(String value, String reason) {

    public static Identifier of(String value) {
        return new Identifier(value, null);
    }

    public static Identifier missing(String reason) {
        return new Identifier(null, reason);
    }

    public boolean isPresent() {
        return value != null;
    }
}
