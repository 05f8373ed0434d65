package io.parallax.ner;

import java.util.List;

/**
 * The feature weights of every stage of a model in one table, for scoring: each known key's slot holds its
 * weights for all stages, so that one probe serves the first stage and the document stage together. Most keys of
 * the two stages are the same (both are trained on the same sentences), and a probe costs a cache miss whatever
 * it reads: stacking halves the misses of a document-context run. As in {@link ChainWeights}, an open-addressing
 * table with a bit filter in front; each slot is one 64-byte cache line: the key, the stages' scales, then for each
 * stage three longs of label bytes (17 signed bytes, weight = byte * scale), copied from the stages unchanged.
 * Immutable; safe to share between threads.
 */
final class StackedWeights {

    private static final int N = Labels.COUNT;

    static {
        // unpack reads two full longs of label bytes and one more byte
        if (N != 17) {
            throw new ExceptionInInitializerError("a stage's slot part holds 17 labels, not " + N);
        }
    }
    /** Keys probed per batch in {@link #addAll}: small enough for the scratch arrays to stay in L1. */
    private static final int BATCH = 256;
    /** Length of the scratch buffer {@link #addAll} needs. */
    static final int SCRATCH = BATCH + 1;

    /** Longs per slot: one cache line. */
    private static final int SLOT = 8;
    /** Longs before slot 0, so that slot 0 starts on a cache line (array data starts 16 bytes into it). */
    private static final int PAD = 6;
    /** Longs of label bytes per stage. */
    private static final int LABEL_LONGS = 3;

    private final int stages;
    private final long[] table;
    private final int mask;
    private final KeyFilter filter;

    /** Stacks the stages' weights (one or two stages). */
    StackedWeights(List<ChainWeights> stages) {
        if (stages.isEmpty() || stages.size() > 2) {
            throw new IllegalArgumentException("one or two stages, not " + stages.size());
        }
        this.stages = stages.size();
        java.util.Set<Long> keys = new java.util.HashSet<>();
        stages.forEach(s -> s.forEachEntry((key, scale, labels) -> keys.add(key)));
        int slots = Integer.highestOneBit(Math.max(4, keys.size() * 4 / 3 + 1)) << 1;
        this.table = new long[PAD + slots * SLOT];
        this.mask = slots - 1;
        this.filter = new KeyFilter(keys.size());
        for (int s = 0; s < this.stages; s++) {
            int stage = s;
            stages.get(s).forEachEntry((key, scale, labels) -> put(key, stage, scale, labels));
        }
    }

    int stages() {
        return stages;
    }

    private void put(long key, int stage, float scale, byte[] labels) {
        int base = base(find(key));
        table[base] = key;
        filter.add(key);
        table[base + 1] |= (Float.floatToRawIntBits(scale) & 0xFFFFFFFFL) << (32 * stage);
        int from = base + 2 + LABEL_LONGS * stage;
        for (int y = 0; y < N; y++) {
            table[from + (y >>> 3)] |= (labels[y] & 0xFFL) << ((y & 7) << 3);
        }
    }

    /** The slot holding {@code key}, or the empty slot where it goes. Keys are never 0 (see ChainWeights). */
    private int find(long key) {
        int s = slotOf(key);
        while (table[base(s)] != 0 && table[base(s)] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * Adds the weights of {@code keys[0 .. size)} for stages {@code [from, to)} to the rows {@code tokens[j]} of
     * {@code scores[stage]}. The table is probed in passes over a batch, as {@link ChainWeights#addAll} does, so
     * that the cache misses overlap.
     *
     * @param scratch a buffer of {@link #SCRATCH} ints, reused between calls by one thread
     */
    void addAll(long[] keys, int[] tokens, int size, float[][] scores, int from, int to, int[] scratch) {
        for (int start = 0; start < size; start += BATCH) {
            int end = Math.min(size, start + BATCH);
            for (int j = start; j < end; j++) {
                long k = keys[j] == 0 ? 1 : keys[j];
                scratch[j - start] = filter.mayContain(k) ? slotOf(k) : -1;
            }
            long touched = 0;
            for (int j = 0; j < end - start; j++) {
                int s = scratch[j];
                touched += table[s >= 0 ? base(s) : 0];
            }
            scratch[BATCH] = (int) touched; // keeps the loads: nothing reads it
            for (int j = start; j < end; j++) {
                int s = scratch[j - start];
                if (s >= 0) {
                    int base = lookup(keys[j] == 0 ? 1 : keys[j], s);
                    if (base >= 0) {
                        for (int stage = from; stage < to; stage++) {
                            unpack(base, stage, scores[stage], tokens[j] * N);
                        }
                    }
                }
            }
        }
    }

    /** The base of {@code k}'s slot, probing from slot {@code first} on; -1 when absent. */
    private int lookup(long k, int first) {
        for (int s = first; ; s = (s + 1) & mask) {
            int base = base(s);
            long found = table[base];
            if (found == k) {
                return base;
            }
            if (found == 0) {
                return -1;
            }
        }
    }

    /** Adds one stage's label weights: bytes 0–7 and 8–15 from two longs, byte 16 from the third. */
    private void unpack(int base, int stage, float[] scores, int at) {
        float scale = Float.intBitsToFloat((int) (table[base + 1] >>> (32 * stage)));
        LabelKernels.BEST.addScaledBytes(table, base + 2 + LABEL_LONGS * stage, scale, scores, at);
    }

    private static int base(int s) {
        return PAD + s * SLOT;
    }

    private int slotOf(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }
}
