package io.usercleanup.benchmark;

/**
 * Why the benchmark cannot go on, said for the person who started it: what, where, and what to
 * do about it. The benchmark prints the message alone, without a stack trace.
 */
final class BenchmarkFailure extends RuntimeException {
    BenchmarkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
