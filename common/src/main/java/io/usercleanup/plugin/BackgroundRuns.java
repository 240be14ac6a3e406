package io.usercleanup.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that carry manual runs in the background: a few at a time, a short queue, and
 * nothing left running when the plugin stops. A run refused because the queue is full is
 * reported to the administrator rather than queued without bound.
 *
 * <p>By the time it is destroyed, the run guard has told every run to stop before its next change
 * and waited for them (the guard's bean is destroyed first); a thread still busy then is inside one
 * directory call, is interrupted, and makes no change after it, so the app's next start may treat
 * the node's runs as stopped.
 * <p>
 * A run ends its own record whatever it meets, but whatever still escapes it (an error of the
 * Java VM, or one of the store that ending the record needed) ends its thread, and is written to
 * the application's log with its stack trace rather than only to the JVM's standard error, where
 * nobody looks; the pool starts a new thread for the next run.
 */
public class BackgroundRuns implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRuns.class);
    private static final int THREADS = 2;
    private static final int QUEUE = 20;

    private final ThreadPoolExecutor pool;

    public BackgroundRuns() {
        this((thread, error) -> LOG.error("User Cleanup's background run on thread {} stopped on an error"
                + " it could not record", thread.getName(), error));
    }

    /** With what is told of anything that escapes a run (for tests). */
    BackgroundRuns(Thread.UncaughtExceptionHandler escaped) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "user-cleanup-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(escaped);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    /** Stops taking runs and waits a little for the ones going on; called when the plugin stops. */
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
