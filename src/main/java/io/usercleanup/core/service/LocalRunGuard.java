package io.usercleanup.core.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A run guard for one node: enough where the application runs on a single node. */
public final class LocalRunGuard implements RunGuard {
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    @Override
    public boolean tryAcquire(long cleanupId) {
        return running.add(cleanupId);
    }

    @Override
    public void release(long cleanupId) {
        running.remove(cleanupId);
    }
}
