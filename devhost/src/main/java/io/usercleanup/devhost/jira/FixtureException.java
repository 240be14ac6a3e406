package io.usercleanup.devhost.jira;

/**
 * A directory fixture that cannot be loaded. The message names the file, the JSON path of the
 * offending value and the reason, as in {@code directory.json: $.users[3].directoryId: unknown
 * directory 42}, so that whoever wrote the fixture can go straight to the mistake.
 */
public final class FixtureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String reason;

    public FixtureException(String source, String path, String reason) {
        this(source, path, reason, null);
    }

    public FixtureException(String source, String path, String reason, Throwable cause) {
        super(source + ": " + path + ": " + reason, cause);
        this.source = source;
        this.path = path;
        this.reason = reason;
    }

    /** The file (or other source) the fixture was read from. */
    public String source() {
        return source;
    }

    /** The JSON path of the offending value, {@code $} for the document as a whole. */
    public String path() {
        return path;
    }

    /** Why the value was refused. */
    public String reason() {
        return reason;
    }
}
