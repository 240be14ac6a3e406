package io.usercleanup.core.export;

import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.Names;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One Entra ID bulk "Remove members" file: the template's first lines, then one member
 * identifier per line, de-duplicated case-insensitively and sorted (by the lower-cased
 * identifier; of spellings that differ only in case the first in code-point order is kept).
 * Only this group's identifiers are held in memory.
 */
public final class EntraMemberFile {
    /** The column header of Microsoft's template, which the portal wants exactly as it is. */
    public static final String HEADER = "Member object ID or user principal name [memberObjectIdOrUpn] Required";
    /** The first line of the older template. */
    public static final String LEGACY_VERSION_LINE = "version:v1.0";

    private final CsvTemplate template;
    /** Lower-cased identifier to the spelling written; sorted by the lower-cased identifier. */
    private final TreeMap<String, String> identifiers = new TreeMap<>();

    public EntraMemberFile(CsvTemplate template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    /** Adds a member identifier; a case-insensitive duplicate is kept once. */
    public void add(String identifier) {
        identifiers.merge(Names.key(identifier), identifier, (kept, other) -> other.compareTo(kept) < 0 ? other : kept);
    }

    /** The number of member rows. */
    public int rows() {
        return identifiers.size();
    }

    /** Writes the file. The stream is flushed, not closed. */
    public void writeTo(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, Csv.FORMAT);
        if (template == CsvTemplate.LEGACY_V1) {
            printer.printRecord(LEGACY_VERSION_LINE);
        }
        printer.printRecord(HEADER);
        for (String identifier : identifiers.values()) {
            printer.printRecord(identifier);
        }
        printer.flush();
    }
}
