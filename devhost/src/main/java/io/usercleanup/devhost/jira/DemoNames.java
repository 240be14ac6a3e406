package io.usercleanup.devhost.jira;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * People's names for the demo directory, and usernames made from them in the styles real
 * directories use, unique across the whole demo. A few names carry accents, so that exports meet
 * non-ASCII display names; usernames and email addresses are their ASCII form.
 */
final class DemoNames {
    private static final List<String> FIRST = List.of("Alice", "Amara", "Andrea", "Anna", "Ben", "Björn",
            "Carlos", "Chen", "Chloé", "Daniel", "David", "Elena", "Emma", "Erik", "Fatima", "François", "Grace",
            "Hannah", "Hiroshi", "Ines", "Isaac", "Jakub", "James", "Jana", "Javier", "Jürgen", "Kai", "Laura",
            "Leila", "Liam", "Lucas", "Łukasz", "Maria", "Mateo", "Mia", "Mohammed", "Nadia", "Noah", "Olga",
            "Oliver", "Omar", "Paula", "Priya", "Rafael", "Ravi", "Sara", "Sofia", "Søren", "Tariq", "Thomas",
            "Una", "Victor", "Wei", "Yara", "Yusuf", "Zoë");
    private static final List<String> LAST = List.of("Andersen", "Bauer", "Becker", "Brown", "Castillo", "Chen",
            "Costa", "Dubois", "Evans", "Fernández", "Fischer", "García", "Gonzalez", "Hansen", "Hoffmann", "Ivanova",
            "Jansen", "Johnson", "Kim", "Kowalski", "Larsen", "Lee", "López", "Martin", "Meyer", "Moreau", "Müller",
            "Nakamura", "Nguyen", "Novak", "O'Brien", "Okafor", "Olsen", "Patel", "Petrov", "Popescu", "Rossi",
            "Santos", "Schmidt", "Schneider", "Silva", "Singh", "Smith", "Suzuki", "Tanaka", "Taylor", "Thompson",
            "Virtanen", "Wagner", "Walsh", "Weber", "Williams", "Wilson", "Wójcik", "Yilmaz", "Zhang");

    private final Random random;
    private final Set<String> taken = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** A person's first and last name. */
    String[] next() {
        return new String[] {FIRST.get(random.nextInt(FIRST.size())), LAST.get(random.nextInt(LAST.size()))};
    }

    /** {@code first.last}, as Entra's UPN prefix. */
    String dotted(String[] name) {
        return unique(ascii(name[0]) + "." + ascii(name[1]));
    }

    /** {@code flast}, as an LDAP {@code sAMAccountName}. */
    String initialAndLast(String[] name) {
        return unique(ascii(name[0]).charAt(0) + ascii(name[1]));
    }

    /** {@code first.last.ext}, for contractors kept in the internal directory. */
    String external(String[] name) {
        return unique(ascii(name[0]) + "." + ascii(name[1]) + ".ext");
    }

    /** Claims a fixed name, such as a service account's. */
    String fixed(String username) {
        if (!taken.add(username)) {
            throw new IllegalStateException("Demo username used twice: " + username);
        }
        return username;
    }

    /** The name itself, or with 2, 3, ... appended when taken (the part before a suffix gets the number). */
    private String unique(String base) {
        String stem = base.endsWith(".ext") ? base.substring(0, base.length() - 4) : base;
        String suffix = base.endsWith(".ext") ? ".ext" : "";
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = stem + n + suffix;
        }
        return candidate;
    }

    /** Lower-case ASCII: accents dropped, letters without a decomposition spelt out, others removed. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("ß", "ss")
                .replaceAll("[^a-z0-9]", "");
    }
}
