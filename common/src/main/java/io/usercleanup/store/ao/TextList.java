package io.usercleanup.store.ao;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Encodes a list of strings into one text column: each entry followed by a line feed, with
 * backslash, line feed and carriage return escaped inside entries, so any Unicode string,
 * including an empty one, round-trips. An empty list is stored as {@code null}.
 *
 * <p>Lists of a definition (groups, applications, exclusions, directory ids) live in one unlimited
 * text column each rather than in child tables: the definition stays one row, so saving it is a
 * single statement with no ordering column or join to keep consistent, and no entry count or
 * name length can hit an index or row-size limit (the column is a CLOB on H2, TEXT on PostgreSQL,
 * LONGTEXT on MySQL and MariaDB). Nothing ever queries by a list entry.
 */
final class TextList {

    private TextList() {
    }

    /** The column value for the entries, or {@code null} when there are none. */
    static String encode(Collection<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String entry : entries) {
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                switch (c) {
                    case '\\':
                        text.append("\\\\");
                        break;
                    case '\n':
                        text.append("\\n");
                        break;
                    case '\r':
                        text.append("\\r");
                        break;
                    default:
                        text.append(c);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The entries of a column value; {@code null} and the empty string hold none. */
    static List<String> decode(String text) {
        List<String> entries = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return entries;
        }
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                entries.add(entry.toString());
                entry.setLength(0);
            } else if (c == '\\' && i + 1 < text.length()) {
                entry.append(unescape(text.charAt(++i)));
            } else if (c == '\\') {
                throw new IllegalStateException("Stored list ends inside an escape");
            } else {
                entry.append(c);
            }
        }
        // A database that trims trailing line feeds must not lose the last entry.
        if (entry.length() > 0) {
            entries.add(entry.toString());
        }
        return entries;
    }

    private static char unescape(char c) {
        switch (c) {
            case '\\':
                return '\\';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            default:
                throw new IllegalStateException("Unknown escape in stored list: \\" + c);
        }
    }
}
