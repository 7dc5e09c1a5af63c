package org.lingong.common.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A request whose body is read through a count: the first byte past the limit throws the given refusal, so nothing
 * past it is read. For bodies without a declared length, which a filter cannot refuse up front.
 */
public final class CountedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private final Supplier<? extends RuntimeException> refusal;
    private ServletInputStream body;

    public CountedRequest(HttpServletRequest request, long maxBytes, Supplier<? extends RuntimeException> refusal) {
        super(request);
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            ServletInputStream in = super.getInputStream();
            body = new Counted(in, new BoundedInputStream(in, maxBytes, refusal));
        }
        return body;
    }

    /** The servlet's stream, read through the count; readiness is the servlet stream's own. */
    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final BoundedInputStream counted;

        Counted(ServletInputStream in, BoundedInputStream counted) {
            this.in = in;
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            return counted.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return counted.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
