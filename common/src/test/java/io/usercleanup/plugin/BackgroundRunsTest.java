package io.usercleanup.plugin;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundRunsTest {

    @Test
    void whatEscapesARun_isReported_andTheNextRunStillGetsAThread() throws Exception {
        // given
        AtomicReference<Throwable> reported = new AtomicReference<>();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch escaped = new CountDownLatch(1);
        BackgroundRuns runs = new BackgroundRuns((t, e) -> {
            thread.set(t.getName());
            reported.set(e);
            escaped.countDown();
        });
        NoSuchMethodError error = new NoSuchMethodError("'void net.java.ao.EntityManager.flushAll()'");
        CountDownLatch next = new CountDownLatch(1);

        try {
            // when
            runs.execute(() -> {
                throw error;
            });
            assertThat(escaped.await(10, TimeUnit.SECONDS)).isTrue();
            runs.execute(next::countDown);

            // then
            assertThat(reported.get()).isSameAs(error);
            assertThat(thread.get()).startsWith("user-cleanup-run-");
            assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            runs.destroy();
        }
    }
}
