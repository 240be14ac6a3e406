package io.usercleanup.core.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How run leases are kept and recovered.
 *
 * @param timeout           a lease whose holder has not renewed it for longer than this is stale: its
 *                          run is marked abandoned and the cleanup may run again
 * @param heartbeatInterval how often a holder renews its lease
 * @param recoveryInterval  how often each node looks for stale leases and abandoned runs
 */
public record LeaseTimings(Duration timeout, Duration heartbeatInterval, Duration recoveryInterval) {

    /** The production timeout: long enough for garbage collection pauses and slow database moments. */
    public static final Duration STANDARD_TIMEOUT = Duration.ofMinutes(5);

    public LeaseTimings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(recoveryInterval, "recoveryInterval");
        if (heartbeatInterval.isZero() || heartbeatInterval.isNegative() || recoveryInterval.isZero()
                || recoveryInterval.isNegative()) {
            throw new IllegalArgumentException("Lease intervals must be positive");
        }
        if (heartbeatInterval.multipliedBy(3).compareTo(timeout) > 0) {
            throw new IllegalArgumentException("The lease timeout must allow at least three missed heartbeats");
        }
    }

    /** Five minutes' timeout, renewed every 30 seconds, recovery every minute. */
    public static LeaseTimings standard() {
        return forTimeout(STANDARD_TIMEOUT);
    }

    /**
     * The timings for a timeout: renewed ten times within it, recovered twice within it but at
     * least every minute.
     */
    public static LeaseTimings forTimeout(Duration timeout) {
        Duration half = timeout.dividedBy(2);
        Duration minute = Duration.ofMinutes(1);
        return new LeaseTimings(timeout, timeout.dividedBy(10), half.compareTo(minute) < 0 ? half : minute);
    }

    /** A lease timeout in seconds, for the plugin's wiring. */
    public static LeaseTimings forTimeoutSeconds(long seconds) {
        return forTimeout(Duration.ofSeconds(seconds));
    }
}
