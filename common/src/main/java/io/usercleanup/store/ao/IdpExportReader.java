package io.usercleanup.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.OutcomeType;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads what a run exports to identity provider files: recorded (not pending) {@code EXPORTED}
 * outcomes. Group and identifier keys (lower-cased in Java) are compared by the database: exactly
 * on H2, PostgreSQL and MySQL with the binary collation Jira requires there; an accent-insensitive
 * collation would take names or identifiers differing only in accents for one.
 */
final class IdpExportReader {

    /** Distinct identifier keys counted per query. */
    private static final int COUNT_PAGE = 10_000;

    /** Identifiers read per query when streaming. */
    static final int STREAM_PAGE = 1_000;

    private static final String EXPORTED = RunOutcomeEntity.RUN_ID + " = ? AND " + RunOutcomeEntity.OUTCOME
            + " = ? AND " + RunOutcomeEntity.PENDING + " = ?";

    private static final String GROUP_EXPORTED = EXPORTED + " AND " + RunOutcomeEntity.GROUP_KEY + " = ?";

    /**
     * The {@code outcome_export} index's own order. Naming the columns the query fixes lets every
     * database see that the index is already in this order (H2 does not without them).
     */
    private static final String EXPORT_ORDER = RunOutcomeEntity.RUN_ID + " ASC, " + RunOutcomeEntity.GROUP_KEY
            + " ASC, " + RunOutcomeEntity.IDENTIFIER_KEY + " ASC";

    private final ActiveObjects ao;

    IdpExportReader(ActiveObjects ao) {
        this.ao = ao;
    }

    /** One summary per exported group, ordered by group name case-insensitively. */
    List<IdpExportSummary> summaries(long runId, long idpId) {
        Map<String, String> groups = new TreeMap<>();
        ao.stream(RunOutcomeEntity.class,
                Query.select(RunOutcomeEntity.GROUP_KEY + ", " + RunOutcomeEntity.GROUP_NAME)
                        .distinct()
                        .where(EXPORTED, runId, OutcomeType.EXPORTED.name(), false),
                row -> groups.merge(row.getGroupKey(), row.getGroupName(), IdpExportReader::firstSpelling));
        List<IdpExportSummary> summaries = new ArrayList<>(groups.size());
        groups.forEach((key, name) -> summaries.add(new IdpExportSummary(idpId, name, distinctIdentifiers(runId, key))));
        return summaries;
    }

    /**
     * Streams the group's exported identifiers page by page, in the order of their keys as the
     * database collates them. Each page follows on from the last key seen along the
     * {@code outcome_export} index (run, group, identifier key) and is ordered by the key alone,
     * so every query reads one page of the index however large the group is. Several users may
     * share an identifier, so a full page gives up its last key, whose rows are read whole by a
     * query of their own.
     */
    void forEachIdentifier(long runId, String group, Consumer<String> sink) {
        String groupKey = Names.key(group);
        String columns = RunOutcomeEntity.ID + ", " + RunOutcomeEntity.GROUP_KEY + ", " + RunOutcomeEntity.IDENTIFIER
                + ", " + RunOutcomeEntity.IDENTIFIER_KEY;
        String lastKey = null;
        List<RunOutcomeEntity> page = new ArrayList<>();
        int read;
        do {
            page.clear();
            Query query = Query.select(columns);
            if (lastKey == null) {
                query.where(GROUP_EXPORTED + " AND " + RunOutcomeEntity.IDENTIFIER_KEY + " IS NOT NULL",
                        runId, OutcomeType.EXPORTED.name(), false, groupKey);
            } else {
                query.where(GROUP_EXPORTED + " AND " + RunOutcomeEntity.IDENTIFIER_KEY + " > ?",
                        runId, OutcomeType.EXPORTED.name(), false, groupKey, lastKey);
            }
            ao.stream(RunOutcomeEntity.class,
                    query.order(EXPORT_ORDER).limit(STREAM_PAGE), page::add);
            read = page.size();
            if (read == STREAM_PAGE) {
                lastKey = page.get(read - 1).getIdentifierKey();
                // The database decides which keys equal the last one (its collation may say more do).
                List<RunOutcomeEntity> last = new ArrayList<>();
                ao.stream(RunOutcomeEntity.class, Query.select(columns)
                                .where(GROUP_EXPORTED + " AND " + RunOutcomeEntity.IDENTIFIER_KEY + " = ?",
                                        runId, OutcomeType.EXPORTED.name(), false, groupKey, lastKey),
                        last::add);
                java.util.Set<Long> lastIds = new java.util.HashSet<>();
                last.forEach(row -> lastIds.add(row.getID()));
                page.removeIf(row -> lastIds.contains(row.getID()));
                page.addAll(last);
            }
            // The sink may be slow (an HTTP client): it runs after the queries have let go of their connections.
            for (RunOutcomeEntity row : page) {
                if (groupKey.equals(row.getGroupKey()) && row.getIdentifier() != null) {
                    sink.accept(row.getIdentifier());
                }
            }
        } while (read == STREAM_PAGE);
    }

    /** Counts distinct identifier keys page by page, each page after the last key seen. */
    private long distinctIdentifiers(long runId, String groupKey) {
        long total = 0;
        String after = null;
        List<String> keys = new ArrayList<>();
        do {
            keys.clear();
            Query query = Query.select(RunOutcomeEntity.RUN_ID + ", " + RunOutcomeEntity.GROUP_KEY + ", "
                    + RunOutcomeEntity.IDENTIFIER_KEY).distinct();
            if (after == null) {
                query.where(GROUP_EXPORTED + " AND " + RunOutcomeEntity.IDENTIFIER_KEY + " IS NOT NULL",
                        runId, OutcomeType.EXPORTED.name(), false, groupKey);
            } else {
                query.where(GROUP_EXPORTED + " AND " + RunOutcomeEntity.IDENTIFIER_KEY + " > ?",
                        runId, OutcomeType.EXPORTED.name(), false, groupKey, after);
            }
            ao.stream(RunOutcomeEntity.class,
                    query.order(EXPORT_ORDER).limit(COUNT_PAGE),
                    row -> keys.add(row.getIdentifierKey()));
            total += keys.size();
            after = keys.isEmpty() ? null : keys.get(keys.size() - 1);
        } while (keys.size() == COUNT_PAGE);
        return total;
    }

    /** Of two spellings of one group within a run, the same one every time. */
    private static String firstSpelling(String one, String other) {
        return one.compareTo(other) <= 0 ? one : other;
    }
}
