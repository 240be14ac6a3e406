package io.usercleanup.core.export;

/**
 * Neutralises formula injection in CSV files meant for spreadsheets: a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it (OWASP's advice for
 * CSV injection). User names, display names and group names come from the directory and may
 * be chosen by anyone who can edit a profile.
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {
    }

    /** The cell as it is safe to write; {@code null} becomes the empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        switch (value.charAt(0)) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
                return "'" + value;
            default:
                return value;
        }
    }
}
