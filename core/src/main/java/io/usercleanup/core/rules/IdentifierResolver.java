package io.usercleanup.core.rules;

import io.usercleanup.core.directory.DirectoryUser;
import io.usercleanup.core.model.IdentifierSource;

/**
 * Derives a user's identity provider identifier: a user principal name, which must have exactly
 * one {@code @} with something on both sides, and no white space or control characters (Entra
 * ID rejects a row with surrounding or embedded white space). Leading and trailing white space of
 * the attribute is ignored, as Jira ignores it when users log in.
 */
public final class IdentifierResolver {
    private IdentifierResolver() {
    }

    public static Identifier resolve(IdentifierSource source, DirectoryUser user) {
        switch (source) {
            case EMAIL:
                return check(user.email(), "email address");
            case USERNAME:
                return check(user.username(), "username");
            default:
                throw new IllegalArgumentException("Unknown identifier source " + source);
        }
    }

    private static Identifier check(String raw, String attribute) {
        if (raw == null || raw.isBlank()) {
            return Identifier.missing("no " + attribute);
        }
        String value = raw.strip();
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            return Identifier.missing(attribute + " '" + value + "' does not have exactly one @");
        }
        if (at == 0 || at == value.length() - 1) {
            return Identifier.missing(attribute + " '" + value + "' has nothing before or after the @");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Identifier.missing(attribute + " '" + value + "' contains white space or control characters");
            }
        }
        return Identifier.of(value);
    }
}
