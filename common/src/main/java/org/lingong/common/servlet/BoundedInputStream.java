package org.lingong.common.servlet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A body read through a count: the first byte past the limit throws the caller's refusal, so nothing past it is read,
 * let alone held. The refusal is unchecked, so a reader that wraps I/O errors (a JSON or CSV parser) lets it through
 * as it is rather than turning it into a 400.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final Supplier<? extends RuntimeException> refusal;
    private long read;

    public BoundedInputStream(InputStream in, long maxBytes, Supplier<? extends RuntimeException> refusal) {
        super(in);
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int next = in.read();
        count(next < 0 ? 0 : 1);
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) {
        read += bytes;
        if (read > maxBytes) {
            throw refusal.get();
        }
    }
}
