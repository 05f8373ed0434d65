package io.parallax.lang;

import java.util.Arrays;

/**
 * One order of an {@link NgramModel}: a read-only hash table from an n-gram (by its 64-bit hash) to its postings,
 * the languages that have the n-gram with their quantised conditional log-probabilities. Open addressing with
 * linear probing over primitive arrays keeps it compact (no object per entry).
 *
 * <p>Immutable after construction and thread-safe.
 */
final class NgramTable {

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] firstPosting;
    /** For slot s with a key, its postings are {@code postings[firstPosting[s] .. firstPosting[s] + count)}. */
    private final byte[] counts;
    /** Posting: language id in the high byte, quantised log-probability in the low byte. */
    private final short[] postings;
    private final int mask;
    private final int size;

    private NgramTable(long[] keys, int[] firstPosting, byte[] counts, short[] postings, int size) {
        this.keys = keys;
        this.firstPosting = firstPosting;
        this.counts = counts;
        this.postings = postings;
        this.mask = keys.length - 1;
        this.size = size;
    }

    /** Number of distinct n-grams. */
    int size() {
        return size;
    }

    /** Number of (n-gram, language) entries. */
    int postingCount() {
        return postings.length;
    }

    /** The slot of an n-gram hash, or -1 when absent. */
    int find(long hash) {
        long h = hash == EMPTY ? 1 : hash;
        for (int s = slot(h); ; s = (s + 1) & mask) {
            long k = keys[s];
            if (k == h) {
                return s;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    int postingStart(int slot) {
        return firstPosting[slot];
    }

    int postingCount(int slot) {
        return counts[slot] & 0xFF;
    }

    short posting(int index) {
        return postings[index];
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** Bytes of heap the table's arrays take. */
    long heapBytes() {
        return keys.length * 8L + firstPosting.length * 4L + counts.length + postings.length * 2L;
    }

    /** Collects entries and builds a table; not thread-safe. */
    static final class Builder {

        private long[] keys;
        private int[] offsets;
        private short[] posts;
        private int n;
        private int p;

        /** Sizes are hints; the builder grows as needed. */
        Builder(int expectedKeys, int expectedPostings) {
            this.keys = new long[Math.max(4, expectedKeys)];
            this.offsets = new int[Math.max(4, expectedKeys) + 1];
            this.posts = new short[Math.max(4, expectedPostings)];
        }

        /** Adds one n-gram (never added before) with its postings. */
        void add(long hash, short[] entryPostings, int count) {
            if (count > 255) {
                throw new IllegalArgumentException("an n-gram can have at most 255 languages");
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2 + 1);
            }
            while (p + count > posts.length) {
                posts = Arrays.copyOf(posts, posts.length * 2);
            }
            keys[n] = hash == EMPTY ? 1 : hash;
            offsets[n] = p;
            System.arraycopy(entryPostings, 0, posts, p, count);
            p += count;
            n++;
        }

        NgramTable build() {
            int capacity = Integer.highestOneBit(Math.max(2, (int) (n / 0.6))) << 1;
            long[] table = new long[capacity];
            int[] first = new int[capacity];
            byte[] cnt = new byte[capacity];
            int m = capacity - 1;
            for (int i = 0; i < n; i++) {
                long h = keys[i];
                int s = (int) (h ^ (h >>> 29)) & m;
                while (table[s] != EMPTY) {
                    if (table[s] == h) {
                        throw new IllegalStateException("n-gram hash collision or duplicate n-gram");
                    }
                    s = (s + 1) & m;
                }
                table[s] = h;
                first[s] = offsets[i];
                int end = i + 1 < n ? offsets[i + 1] : p;
                cnt[s] = (byte) (end - offsets[i]);
            }
            return new NgramTable(table, first, cnt, Arrays.copyOf(posts, p), n);
        }
    }
}
