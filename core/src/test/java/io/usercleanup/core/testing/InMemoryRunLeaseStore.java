package io.usercleanup.core.testing;

import io.usercleanup.core.model.RunLeaseRecord;
import io.usercleanup.core.store.RunLeaseStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Run leases in memory, for core tests; the Active Objects store is tested on real databases. */
public class InMemoryRunLeaseStore implements RunLeaseStore {
    private final Map<Long, RunLeaseRecord> leases = new TreeMap<>();

    /** Puts a lease as another node would have left it. */
    public synchronized void put(RunLeaseRecord lease) {
        leases.put(lease.cleanupId(), lease);
    }

    @Override
    public synchronized boolean insert(RunLeaseRecord lease) {
        return leases.putIfAbsent(lease.cleanupId(), lease) == null;
    }

    @Override
    public synchronized Optional<RunLeaseRecord> find(long cleanupId) {
        return Optional.ofNullable(leases.get(cleanupId));
    }

    @Override
    public synchronized List<RunLeaseRecord> findAll() {
        return new ArrayList<>(leases.values());
    }

    @Override
    public synchronized boolean bind(long cleanupId, String token, long runId) {
        RunLeaseRecord l = held(cleanupId, token);
        if (l == null) {
            return false;
        }
        leases.put(cleanupId, new RunLeaseRecord(cleanupId, l.ownerNode(), token, runId, l.acquiredAt(), l.heartbeatAt()));
        return true;
    }

    @Override
    public synchronized boolean renew(long cleanupId, String token, Instant heartbeatAt) {
        RunLeaseRecord l = held(cleanupId, token);
        if (l == null) {
            return false;
        }
        leases.put(cleanupId, new RunLeaseRecord(cleanupId, l.ownerNode(), token, l.runId(), l.acquiredAt(), heartbeatAt));
        return true;
    }

    @Override
    public synchronized boolean release(long cleanupId, String token) {
        return held(cleanupId, token) != null && leases.remove(cleanupId) != null;
    }

    @Override
    public synchronized boolean breakStale(long cleanupId, String token, Instant cutoff) {
        RunLeaseRecord l = held(cleanupId, token);
        return l != null && l.staleAt(cutoff) && leases.remove(cleanupId) != null;
    }

    @Override
    public synchronized List<RunLeaseRecord> findHeldBy(String ownerNode) {
        return leases.values().stream().filter(l -> l.ownerNode().equals(ownerNode)).toList();
    }

    @Override
    public synchronized boolean breakHeldBy(long cleanupId, String token, String ownerNode) {
        RunLeaseRecord l = held(cleanupId, token);
        return l != null && l.ownerNode().equals(ownerNode) && leases.remove(cleanupId) != null;
    }

    private RunLeaseRecord held(long cleanupId, String token) {
        RunLeaseRecord l = leases.get(cleanupId);
        return l != null && l.token().equals(token) ? l : null;
    }
}
