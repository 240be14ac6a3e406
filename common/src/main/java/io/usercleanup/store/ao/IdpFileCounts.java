package io.usercleanup.store.ao;

import io.usercleanup.core.model.IdpExportSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a finished run's identity provider files (group and row count) into the run's
 * {@link RunEntity#getIdpFiles()} column, so that listing runs reads no outcome rows. A
 * {@link TextList} whose first entry is a format marker (so that a run with no files is not
 * {@code null}, which means "not counted yet", nor the empty string, which Oracle stores as
 * {@code null}), then one entry {@code <rows> <group name>} per file.
 */
final class IdpFileCounts {

    private static final String FORMAT = "files-v1";

    private IdpFileCounts() {
    }

    static String encode(List<IdpExportSummary> files) {
        List<String> entries = new ArrayList<>(files.size() + 1);
        entries.add(FORMAT);
        for (IdpExportSummary file : files) {
            entries.add(file.rows() + " " + file.group());
        }
        return TextList.encode(entries);
    }

    /** The files of the column value, for the run's identity provider. */
    static List<IdpExportSummary> decode(String text, long idpId) {
        List<String> entries = TextList.decode(text);
        if (entries.isEmpty() || !FORMAT.equals(entries.get(0))) {
            throw new IllegalStateException("Stored identity provider files have an unknown format");
        }
        List<IdpExportSummary> files = new ArrayList<>(entries.size() - 1);
        for (String entry : entries.subList(1, entries.size())) {
            int space = entry.indexOf(' ');
            files.add(new IdpExportSummary(idpId, entry.substring(space + 1), Long.parseLong(entry.substring(0, space))));
        }
        return files;
    }
}
