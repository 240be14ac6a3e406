package io.usercleanup.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A run with its identity provider files, as the history lists it.
 *
 * @param run       the run
 * @param idpExports its files, one per group, ordered by group name; empty while it is running
 */
public record RunWithFiles(RunRecord run, List<IdpExportSummary> idpExports) {

    public RunWithFiles {
        Objects.requireNonNull(run, "run");
        idpExports = List.copyOf(idpExports);
    }
}
