package org.praxis.register;

/** A growable array of longs: a million boxed Longs would be four times the memory. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return java.util.Arrays.copyOf(values, size);
    }
}
