package io.usercleanup.core.service;

import io.usercleanup.core.export.EntraMemberFile;
import io.usercleanup.core.export.ExportFileNames;
import io.usercleanup.core.export.RunReportWriter;
import io.usercleanup.core.model.CsvTemplate;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.RunWithFiles;
import io.usercleanup.core.store.RunStore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a run's downloads from its record alone: the full report and the identity provider
 * files. They come out the same whenever they are asked for, whatever has happened to the
 * directory or the configuration since the run.
 */
public final class RunExports {
    private final RunStore runs;

    public RunExports(RunStore runs) {
        this.runs = Objects.requireNonNull(runs, "runs");
    }

    /**
     * The run, once it has ended: a running run's report and files would be partial, with nothing
     * in them saying so.
     *
     * @throws NotFoundException when there is no such run
     * @throws ConflictException while it is running
     */
    public RunRecord finishedRun(long runId) {
        RunRecord run = run(runId);
        if (run.status() == RunStatus.RUNNING) {
            throw new ConflictException("Run " + runId + " is still running; its report and identity provider"
                    + " files can be downloaded once it has finished.");
        }
        return run;
    }

    /** The runs of a cleanup, newest first, each with its identity provider files (none while running). */
    public List<RunWithFiles> history(long cleanupId) {
        return runs.findByCleanupWithFiles(cleanupId);
    }

    /** Streams the full report of the run; a conflict while it is running. */
    public void writeReport(long runId, OutputStream out) throws IOException {
        finishedRun(runId);
        try (RunReportWriter report = new RunReportWriter(out)) {
            runs.forEachUser(runId, report::writeUnchecked);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The run's identity provider files, one per group; empty when it has none. */
    public List<IdpExportSummary> idpExports(long runId) {
        run(runId);
        return runs.idpExports(runId);
    }

    /** The group's file of the run; not found when the run has none for that group, a conflict while it runs. */
    public EntraMemberFile idpFile(long runId, String group) {
        RunRecord run = finishedRun(runId);
        IdpExportSummary export = runs.idpExports(runId).stream()
                .filter(e -> Names.key(e.group()).equals(Names.key(group)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Run " + runId + " has no identity provider file for the group '" + group + "'"));
        return file(run, export.group());
    }

    /**
     * Streams every identity provider file of the run as one ZIP, an entry {@code <group>.csv}
     * each; not found when the run has none, a conflict while it runs.
     */
    public void writeIdpZip(long runId, OutputStream out) throws IOException {
        RunRecord run = finishedRun(runId);
        List<IdpExportSummary> exports = runs.idpExports(runId);
        if (exports.isEmpty()) {
            throw new NotFoundException("Run " + runId + " has no identity provider files");
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        Set<String> used = new HashSet<>();
        for (IdpExportSummary export : exports) {
            zip.putNextEntry(new ZipEntry(uniqueName(ExportFileNames.forGroup(export.group()), used)));
            file(run, export.group()).writeTo(zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private EntraMemberFile file(RunRecord run, String group) {
        EntraMemberFile file = new EntraMemberFile(run.csvTemplate() == null ? CsvTemplate.CURRENT : run.csvTemplate());
        runs.forEachExportedIdentifier(run.id(), group, file::add);
        return file;
    }

    /** Two groups whose names differ only in characters a file name cannot hold still get two entries. */
    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        int n = 2;
        while (!used.add(Names.key(candidate))) {
            candidate = name.substring(0, name.length() - 4) + " (" + n++ + ").csv";
        }
        return candidate;
    }

    private RunRecord run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("There is no run " + runId));
    }
}
