package io.usercleanup.core.testing;

import io.usercleanup.core.model.GroupOutcome;
import io.usercleanup.core.model.IdpExportSummary;
import io.usercleanup.core.model.Names;
import io.usercleanup.core.model.NewRun;
import io.usercleanup.core.model.OutcomeType;
import io.usercleanup.core.model.Page;
import io.usercleanup.core.model.RunCounts;
import io.usercleanup.core.model.RunRecord;
import io.usercleanup.core.model.RunStatus;
import io.usercleanup.core.model.UserOutcome;
import io.usercleanup.core.model.UserQuery;
import io.usercleanup.core.store.RunStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A run store in memory, for core tests; the Active Objects store is tested on real databases. */
public final class InMemoryRunStore implements RunStore {
    private final Map<Long, RunRecord> runs = new LinkedHashMap<>();
    private final Map<Long, TreeMap<String, UserOutcome>> users = new LinkedHashMap<>();
    private final Map<Long, Set<String>> pending = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private long nextId = 1;
    private Throwable failSaveOutcomes;
    private Error failEnding;

    /** Makes the next {@link #saveOutcomes} throw, as a database that went away would. */
    public void failNextSaveOutcomes(RuntimeException e) {
        this.failSaveOutcomes = e;
    }

    /** Makes the next {@link #saveOutcomes} throw the error, as a store whose host API does not link would. */
    public void failNextSaveOutcomes(Error e) {
        this.failSaveOutcomes = e;
    }

    /** Makes every later {@link #failPending} and {@link #finishIfRunning} throw the error, as a store that broke would. */
    public void failEnding(Error e) {
        this.failEnding = e;
    }

    /** The names of the write calls made, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The usernames whose rows are pending in the run right now. */
    public Set<String> pendingUsers(long runId) {
        return Set.copyOf(pending.getOrDefault(runId, Set.of()));
    }

    @Override
    public RunRecord start(NewRun run) {
        long id = nextId++;
        RunRecord record = new RunRecord(id, run.cleanupId(), run.cleanupName(), run.trigger(), run.triggeredBy(),
                run.dryRun(), RunStatus.RUNNING, run.startedAt(), null, RunCounts.ZERO, run.idpId(),
                run.csvTemplate(), null);
        runs.put(id, record);
        users.put(id, new TreeMap<>());
        pending.put(id, new HashSet<>());
        calls.add("start");
        return record;
    }

    @Override
    public void savePlanned(long runId, List<UserOutcome> planned) {
        calls.add("savePlanned:" + planned.size());
        for (UserOutcome user : planned) {
            users.get(runId).put(user.username(), user);
            pending.get(runId).add(user.username());
        }
    }

    @Override
    public void saveOutcomes(long runId, List<UserOutcome> outcomes) {
        if (failSaveOutcomes != null) {
            Throwable e = failSaveOutcomes;
            failSaveOutcomes = null;
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
        calls.add("saveOutcomes:" + outcomes.size());
        for (UserOutcome user : outcomes) {
            users.get(runId).put(user.username(), user);
            pending.get(runId).remove(user.username());
        }
    }

    @Override
    public int failPending(long runId, String reason) {
        if (failEnding != null) {
            throw failEnding;
        }
        int changed = 0;
        for (String username : pending.get(runId)) {
            UserOutcome user = users.get(runId).get(username);
            List<GroupOutcome> failed = user.outcomes().stream().map(o -> o.failed(reason)).collect(Collectors.toList());
            changed += failed.size();
            users.get(runId).put(username, user.withOutcomes(failed, false));
        }
        pending.get(runId).clear();
        return changed;
    }

    @Override
    public void updateCounts(long runId, RunCounts counts) {
        RunRecord r = runs.get(runId);
        runs.put(runId, new RunRecord(r.id(), r.cleanupId(), r.cleanupName(), r.trigger(), r.triggeredBy(),
                r.dryRun(), r.status(), r.startedAt(), r.finishedAt(), counts, r.idpId(), r.csvTemplate(),
                r.message()));
    }

    @Override
    public RunRecord finish(long runId, RunStatus status, RunCounts counts, Instant finishedAt, String message) {
        RunRecord r = runs.get(runId);
        RunRecord done = new RunRecord(r.id(), r.cleanupId(), r.cleanupName(), r.trigger(), r.triggeredBy(),
                r.dryRun(), status, r.startedAt(), finishedAt, counts, r.idpId(), r.csvTemplate(), message);
        runs.put(runId, done);
        calls.add("finish:" + status);
        return done;
    }

    @Override
    public Optional<RunRecord> finishIfRunning(long runId, RunStatus status, RunCounts counts, Instant finishedAt,
                                               String message) {
        if (failEnding != null) {
            throw failEnding;
        }
        if (runs.get(runId).status() != RunStatus.RUNNING) {
            calls.add("finishIfRunning:ended already");
            return Optional.empty();
        }
        return Optional.of(finish(runId, status, counts, finishedAt, message));
    }

    @Override
    public List<Long> findFinishedBefore(Instant cutoff, int limit) {
        return runs.values().stream()
                .filter(r -> r.status() != RunStatus.RUNNING && r.finishedAt() != null && r.finishedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(RunRecord::finishedAt).thenComparing(RunRecord::id))
                .limit(limit).map(RunRecord::id).collect(Collectors.toList());
    }

    @Override
    public void delete(long runId) {
        calls.add("delete:" + runId);
        runs.remove(runId);
        users.remove(runId);
        pending.remove(runId);
    }

    @Override
    public Optional<RunRecord> find(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public List<RunRecord> findByCleanup(long cleanupId) {
        return runs.values().stream().filter(r -> r.cleanupId() == cleanupId)
                .sorted(Comparator.comparing(RunRecord::id).reversed()).collect(Collectors.toList());
    }

    @Override
    public List<RunRecord> findByCleanupNotIn(Set<Long> cleanupIds) {
        return runs.values().stream().filter(r -> !cleanupIds.contains(r.cleanupId()))
                .sorted(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::id).reversed())
                .collect(Collectors.toList());
    }

    @Override
    public List<RunRecord> findByStatus(RunStatus status) {
        return runs.values().stream().filter(r -> r.status() == status).collect(Collectors.toList());
    }

    @Override
    public Page<UserOutcome> users(long runId, long start, int limit) {
        List<UserOutcome> all = new ArrayList<>(users.get(runId).values());
        List<UserOutcome> page = all.stream().skip(start).limit(limit).collect(Collectors.toList());
        return new Page<>(start, limit, all.size(), page);
    }

    @Override
    public Page<UserOutcome> users(long runId, UserQuery query, long start, int limit) {
        List<UserOutcome> all = users.get(runId).values().stream().filter(query::matches).sorted(query.order())
                .collect(Collectors.toList());
        return new Page<>(start, limit, all.size(), all.stream().skip(start).limit(limit).collect(Collectors.toList()));
    }

    @Override
    public List<String> outcomeGroups(long runId) {
        TreeMap<String, String> byKey = new TreeMap<>();
        users.getOrDefault(runId, new TreeMap<>()).values().forEach(u -> u.outcomes()
                .forEach(o -> byKey.merge(Names.key(o.group()), o.group(), (a, b) -> a.compareTo(b) <= 0 ? a : b)));
        return List.copyOf(byKey.values());
    }

    @Override
    public void forEachUser(long runId, Consumer<UserOutcome> sink) {
        users.get(runId).values().forEach(sink);
    }

    @Override
    public List<IdpExportSummary> idpExports(long runId) {
        RunRecord recorded = runs.get(runId);
        if (recorded == null || recorded.status() == RunStatus.RUNNING) {
            return List.of();
        }
        TreeMap<String, String> spelling = new TreeMap<>();
        TreeMap<String, Set<String>> byGroup = new TreeMap<>();
        for (UserOutcome user : users.get(runId).values()) {
            for (GroupOutcome o : user.outcomes()) {
                if (o.outcome() == OutcomeType.EXPORTED) {
                    spelling.putIfAbsent(Names.key(o.group()), o.group());
                    byGroup.computeIfAbsent(Names.key(o.group()), g -> new HashSet<>()).add(Names.key(o.identifier()));
                }
            }
        }
        RunRecord run = runs.get(runId);
        return byGroup.entrySet().stream()
                .map(e -> new IdpExportSummary(run.idpId(), spelling.get(e.getKey()), e.getValue().size()))
                .collect(Collectors.toList());
    }

    @Override
    public void forEachExportedIdentifier(long runId, String group, Consumer<String> sink) {
        for (UserOutcome user : users.get(runId).values()) {
            for (GroupOutcome o : user.outcomes()) {
                if (o.outcome() == OutcomeType.EXPORTED && Names.key(o.group()).equals(Names.key(group))) {
                    sink.accept(o.identifier());
                }
            }
        }
    }
}
