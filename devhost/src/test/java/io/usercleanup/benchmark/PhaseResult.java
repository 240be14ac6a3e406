package io.usercleanup.benchmark;

/**
 * One measured phase of the benchmark.
 *
 * @param database    the database's name
 * @param users       the directory's size
 * @param phase       what was measured
 * @param seconds     wall time
 * @param items       what the phase went through (users, rows), for the rate
 * @param peakUsed    highest heap use sampled, bytes
 * @param peakAfterGc highest heap use right after a collection, bytes
 * @param rows        rows written, or -1 when the phase writes none
 * @param bytes       bytes streamed, or -1 when the phase streams none
 */
record PhaseResult(String database, int users, String phase, double seconds, long items, long peakUsed,
                   long peakAfterGc, long rows, long bytes) {

    static final String HEADER = String.format("%-10s %10s  %-28s %9s %11s %9s %9s %12s %12s",
            "database", "users", "phase", "seconds", "per second", "peak MB", "live MB", "rows written",
            "bytes");

    double perSecond() {
        return seconds <= 0 ? 0 : items / seconds;
    }

    String line() {
        return String.format("%-10s %,10d  %-28s %9.2f %,11.0f %9.0f %9.0f %12s %12s", database, users, phase,
                seconds, perSecond(), megabytes(peakUsed), megabytes(peakAfterGc),
                rows < 0 ? "" : String.format("%,d", rows), bytes < 0 ? "" : String.format("%,d", bytes));
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
