package io.usercleanup.devhost;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.jira.database.DatabaseAccessor;
import com.atlassian.jira.security.groups.GroupManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a test hold a run in the middle: while the gate is closed, reading a group's members
 * (through the group manager or with SQL through the database accessor) waits (at most a minute),
 * so the run stays {@code RUNNING} for as long as the test needs.
 * Open by default; it changes nothing else.
 */
public final class DirectoryGate {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();
    private boolean closed;

    /** Makes member reads wait. */
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    /** Lets every waiting and later read through. */
    public void open() {
        lock.lock();
        try {
            closed = false;
            opened.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitOpen() throws InterruptedException {
        lock.lock();
        try {
            long left = TimeUnit.MINUTES.toNanos(1);
            while (closed && left > 0) {
                left = opened.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The group manager, with member reads passing through this gate. */
    GroupManager guard(GroupManager groups) {
        return guard(GroupManager.class, groups, "getDirectUsersInGroup");
    }

    /** The database accessor, with its queries passing through this gate. */
    DatabaseAccessor guard(DatabaseAccessor database) {
        return guard(DatabaseAccessor.class, database, "executeQuery");
    }

    /** SAL's executors (Confluence's SQL read of members), with each executor's creation passing through this gate. */
    TransactionalExecutorFactory guard(TransactionalExecutorFactory executors) {
        return guard(TransactionalExecutorFactory.class, executors, "createExecutor");
    }

    /** Confluence's user accessor, with its member reads passing through this gate. */
    UserAccessor guard(UserAccessor accessor) {
        return guard(UserAccessor.class, accessor, "getMemberNames");
    }

    private <T> T guard(Class<T> type, T target, String gatedMethod) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals(gatedMethod)) {
                        awaitOpen();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
