package org.praxis.register.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a limit how many bytes have been read so far, after every read, so it can refuse the file as it streams. */
final class CountingStream extends FilterInputStream {

    private final LongConsumer limit;
    private long read;

    CountingStream(InputStream in, LongConsumer limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            limit.accept(++read);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            read += n;
            limit.accept(read);
        }
        return n;
    }
}
