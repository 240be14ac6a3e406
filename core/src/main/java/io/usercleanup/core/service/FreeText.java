package io.usercleanup.core.service;

import io.usercleanup.core.model.Names;

/**
 * Text typed by an administrator (names, usernames, group names, cron expressions) as the app
 * stores it: in Unicode normalisation form C and trimmed of spaces, and refused when it holds a
 * character that cannot be seen or that breaks a log line, a CSV cell or a page: control
 * characters (C0, DEL, C1), format characters (zero-width space and joiners, the byte order
 * mark, bidirectional overrides, soft hyphen...), line and paragraph separators, lone
 * surrogates, non-characters, and the other code points Unicode lists as default-ignorable
 * (Hangul fillers, variation selectors, tags...). Two names that look the same are then the
 * same text, and a name cannot hide a second one inside it.
 */
public final class FreeText {
    private FreeText() {
    }

    /** The text in NFC without leading or trailing spaces (of any Unicode space kind). */
    public static String normalise(String text) {
        String nfc = Names.nfc(text);
        int start = 0;
        int end = nfc.length();
        while (start < end && isSpace(nfc.codePointAt(start))) {
            start += Character.charCount(nfc.codePointAt(start));
        }
        while (end > start && isSpace(nfc.codePointBefore(end))) {
            end -= Character.charCount(nfc.codePointBefore(end));
        }
        return nfc.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) && !forbidden(codePoint)
                || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    }

    /**
     * Why the text cannot be stored, naming the first character that may not be in it and where
     * (counted in characters from 1), or {@code null} when every character is allowed.
     */
    public static String problem(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            position++;
            if (forbidden(codePoint)) {
                return "Must not contain " + kind(codePoint) + "; it has " + describe(codePoint) + " at character "
                        + position + ".";
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    /** Whether the code point is one that {@link #problem} refuses. */
    static boolean forbidden(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
                return true;
            default:
                return nonCharacter(codePoint) || defaultIgnorable(codePoint);
        }
    }

    private static boolean nonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt), the code
     * points that render as nothing; the format characters among them are also caught by type.
     */
    private static boolean defaultIgnorable(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160
                || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c >= 0x200B && c <= 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2060 && c <= 0x206F || c == 0x3164
                || c >= 0xFE00 && c <= 0xFE0F || c == 0xFEFF || c == 0xFFA0 || c >= 0xFFF0 && c <= 0xFFF8
                || c >= 0x1BCA0 && c <= 0x1BCA3 || c >= 0x1D173 && c <= 0x1D17A || c >= 0xE0000 && c <= 0xE0FFF;
    }

    private static String kind(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL) {
            return "control characters";
        }
        if (type == Character.SURROGATE || nonCharacter(codePoint)) {
            return "characters that are not text";
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return "line breaks";
        }
        return "invisible or formatting characters";
    }

    private static String describe(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        String name = Character.getName(codePoint);
        return name == null ? hex : hex + " (" + name + ")";
    }
}
