package io.usercleanup.core.export;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.UserOutcome;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a run's full report, for spreadsheets: a header row, then one row per (user, group)
 * outcome, written as users are handed in, so a report of any size streams. Every text cell is
 * passed through {@link SpreadsheetSafety}.
 */
public final class RunReportWriter implements Flushable, Closeable {
    /** The header row. */
    public static final String[] HEADER = {
        "Username", "Display name", "Email", "Directory ID", "Last login", "Group", "Outcome", "Reason",
        "Identifier", "Deactivated"
    };

    private final CSVPrinter printer;

    /** Starts a report on the stream and writes its header row. */
    public RunReportWriter(OutputStream out) throws IOException {
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                Csv.FORMAT);
        printer.printRecord((Object[]) HEADER);
    }

    /** Writes one row per group outcome of the user. */
    public void write(UserOutcome user) throws IOException {
        for (GroupOutcome outcome : user.outcomes()) {
            printer.printRecord(
                    SpreadsheetSafety.cell(user.username()),
                    SpreadsheetSafety.cell(user.displayName()),
                    SpreadsheetSafety.cell(user.email()),
                    Long.toString(user.directoryId()),
                    user.lastLogin() == null ? "" : format(user.lastLogin()),
                    SpreadsheetSafety.cell(outcome.group()),
                    outcome.outcome().name(),
                    SpreadsheetSafety.cell(outcome.reason()),
                    SpreadsheetSafety.cell(outcome.identifier()),
                    Boolean.toString(user.deactivated()));
        }
    }

    /** The same as {@link #write}, for use in a callback that cannot throw checked exceptions. */
    public void writeUnchecked(UserOutcome user) {
        try {
            write(user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Instant instant) {
        return instant.toString();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes the report; the underlying stream is flushed but left open for the caller to close. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
