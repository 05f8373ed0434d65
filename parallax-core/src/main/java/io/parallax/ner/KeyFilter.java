package io.parallax.ner;

/**
 * A bit filter in front of a hash table of 64-bit feature keys ({@link ChainWeights}, {@link StackedWeights}): about
 * 16 bits per key, one bit set per key, so that most keys the table does not hold are rejected by one load from a
 * small array that stays in cache, before the table itself is touched. Keys are already well-mixed hashes. Filled
 * while its table is built, then read-only and safe to share between threads.
 */
final class KeyFilter {

    private static final int BITS_PER_KEY = 16;

    private final long[] bits;
    private final int mask;

    /** @param keys the number of keys the table will hold */
    KeyFilter(int keys) {
        int size = Integer.highestOneBit(Math.max(64, keys * BITS_PER_KEY)) << 1;
        this.bits = new long[size / 64];
        this.mask = size - 1;
    }

    void add(long k) {
        bits[word(k)] |= bit(k);
    }

    /** False when the table surely lacks {@code k}. */
    boolean mayContain(long k) {
        return (bits[word(k)] & bit(k)) != 0;
    }

    private int word(long k) {
        return (int) (k >>> 40) & mask >>> 6;
    }

    private static long bit(long k) {
        return 1L << (k >>> 34);
    }
}
