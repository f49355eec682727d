package org.praxis.register.snapshots;

/** A growable array of longs: a million boxed Longs would be four times the memory. */
public final class LongList {
    private long[] values = new long[1024];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public long[] toArray() {
        return java.util.Arrays.copyOf(values, size);
    }
}
