package io.usercleanup.core.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name handling shared by the model: Jira compares user and group names case-insensitively,
 * so every lookup key is the lower-cased name (in {@link Locale#ROOT}, never the host's locale).
 * Keys are also in Unicode normalisation form C, so that names which look the same but were
 * typed with composed or decomposed accents ({@code é} or {@code e} + U+0301) share one key.
 * {@link #key} is the one place where a key is made, also for the stored name keys of cleanups
 * and identity providers, whose uniqueness rests on it.
 */
public final class Names {
    private Names() {
    }

    /** The case-insensitive lookup key of a name: NFC, lower-cased in {@link Locale#ROOT}. */
    public static String key(String name) {
        return nfc(nfc(name).toLowerCase(Locale.ROOT));
    }

    /**
     * The text in Unicode normalisation form C. Text below U+0300 (ASCII, Latin-1 and the other
     * precomposed Latin letters) is always NFC, and is returned as it is without the cost of
     * normalising: keys are made for every user of a run.
     */
    public static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * The key by which cleanup and identity provider names are unique: the database's unique
     * constraint is on it, and every lookup by name compares it. Any further normalisation of
     * definition names belongs here, so that the constraint and the lookups stay one rule.
     */
    public static String definitionKey(String name) {
        return key(name);
    }

    /** The lookup keys of the given names. */
    public static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            keys.add(key(name));
        }
        return Set.copyOf(keys);
    }

    /** An immutable copy that keeps the first spelling of names that differ only in case, in order. */
    public static List<String> distinct(Collection<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new java.util.ArrayList<>();
        for (String name : names) {
            if (seen.add(key(name))) {
                result.add(name);
            }
        }
        return List.copyOf(result);
    }
}
