package io.usercleanup.benchmark;

import java.io.OutputStream;

/** Throws the bytes away and counts them: a download measured without the network or a disk. */
final class CountingOutputStream extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    long count() {
        return count;
    }
}
